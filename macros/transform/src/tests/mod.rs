//! Unit tests of the phases, each on small bodies: operand order, liveness,
//! the home plan, macro operands (the resolver of `break`/`continue` is
//! tested in `syntax::loops`).

mod homes;
mod liveness;
mod macro_operands;
mod operand_order;

use crate::analyse::liveness::{Plan, plan as liveness_plan};
use crate::lower::{self, Lowering};
use crate::shape::FnShape;
use crate::vars::HomePlan;

/// The first lowering of a `#[coro::coroutine]` fn (no homes) and its plan.
fn lower_first(source: &str) -> (Lowering, Plan) {
    let mut item: syn::ItemFn = syn::parse_str(source).expect("a fn");
    let shape = FnShape::read(&item, false).expect("a valid signature");
    let lowering = lower::lower(&mut item, &shape, &HomePlan::new(), &[]).expect("lowers");
    let plan = liveness_plan(&lowering.lowered);
    (lowering, plan)
}

/// The expansion of a `#[coro::coroutine]` fn, as compact text.
fn expanded(source: &str) -> String {
    let item: proc_macro2::TokenStream = source.parse().expect("tokens");
    crate::expand::coroutine(proc_macro2::TokenStream::new(), item)
        .expect("expands")
        .to_string()
}

/// The names of the bindings a block's variant holds (temporaries as `_`).
fn carried_names(lowering: &Lowering, plan: &Plan, block: usize) -> Vec<String> {
    plan.carried[block]
        .iter()
        .map(|&v| {
            let var = &lowering.lowered.vars.all[v];
            if var.name.is_empty() {
                "_".to_string()
            } else {
                var.name.clone()
            }
        })
        .collect()
}

/// The block whose variant doc mentions `text` (`Suspended at `text` ...`).
fn block_at(lowering: &Lowering, text: &str) -> usize {
    lowering
        .lowered
        .blocks
        .iter()
        .position(|b| b.doc.contains(text))
        .unwrap_or_else(|| panic!("no block at `{text}`"))
}
