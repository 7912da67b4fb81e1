//! The entry point: one lowering of a function body, from its arguments to
//! its tail, under a given home plan.

use super::*;
use crate::shape::FnShape;
use crate::vars::HomePlan;
use syn::{FnArg, ItemFn};

/// One lowering of the body (see `expand::lower_with_homes` for why there
/// may be two).
pub struct Lowering {
    pub lowered: Lowered,
    pub facts: BorrowFacts,
    pub start: StartArgs,
    /// The first binding the body declares (after the arguments).
    pub first_body_var: VarId,
    /// The closure checks, to fill in once liveness is known.
    pub closure_checks: super::closure_check::ClosureChecks,
}

/// Lowers `item`'s body (and rewrites its arguments to what the outer
/// function passes the machine). `home_plan` says which user bindings get a
/// fixed home; `homed_params` which arguments move into a homed binding
/// first thing.
pub fn lower(
    item: &mut ItemFn,
    shape: &FnShape,
    home_plan: &HomePlan,
    homed_params: &[VarId],
) -> Result<Lowering, syn::Error> {
    let mut lw = Lowerer::new(shape.ret_annotation.clone());
    lw.out.vars.home_plan = home_plan.clone();
    lw.yield_ty = shape.yield_annotation();
    lw.returns_unit = shape.returns_unit;
    lw.arg_ty = shape.arg_annotation();
    lw.body_span = item.block.brace_token.span.join();
    lw.open_root_scope();
    let mut start = StartArgs {
        values: BTreeMap::new(),
    };
    let pattern_args = lw.declare_args(item, &mut start);
    let start_block = lw.new_block(BlockKind::Start, "Start", String::new());
    lw.switch_to(start_block);
    for (pat, slot) in pattern_args {
        let pat = lw.declare_arg_pattern(pat);
        lw.emit(quote!(let #pat = #slot;));
        lw.flush_homes();
    }
    let first_body_var = lw.out.vars.all.len();
    for &param in homed_params {
        lw.move_param_home(param);
    }
    lw.suspensions = Suspensions::of_block(&item.block);
    lw.lower_body(&item.block);
    lw.prune_receiver_checks();
    if let Some(e) = crate::syntax::errors::combine(std::mem::take(&mut lw.errors)) {
        return Err(e);
    }
    Ok(Lowering {
        lowered: lw.out,
        facts: lw.facts,
        start,
        first_body_var,
        closure_checks: std::mem::take(&mut lw.closure_checks),
    })
}

impl Lowerer {
    /// Declares the arguments (level 0) and rewrites each to a plain
    /// identifier the outer function passes on; returns the destructuring
    /// patterns, bound at the start of the body.
    fn declare_args(&mut self, item: &mut ItemFn, start: &mut StartArgs) -> Vec<(Pat, Ident)> {
        let mut pattern_args = Vec::new();
        for (index, input) in item.sig.inputs.iter_mut().enumerate() {
            match input {
                FnArg::Receiver(r) => {
                    self.declare_self(r.mutability.is_some() && r.reference.is_none());
                    let id = self.out.vars.all.len() - 1;
                    self.out.vars.all[id].slottable = true;
                    self.out.vars.all[id].mut_ref = r.reference.is_some() && r.mutability.is_some();
                    // `self` is hygienic in `macro_rules!`: keep the receiver's own token.
                    let self_token = r.self_token;
                    start.values.insert(id, quote!(#self_token));
                    // The outer fn only moves `self` into the machine.
                    if r.reference.is_none() {
                        r.mutability = None;
                    }
                }
                FnArg::Typed(pt) => {
                    if let Some(pattern) = self.declare_typed_arg(index, pt) {
                        pattern_args.push(pattern);
                    }
                }
            }
        }
        pattern_args
    }

    /// One typed argument: a plain binding is declared as it is (`mut`
    /// matters inside the machine only); a pattern gets a hygienic name and
    /// is returned to be destructured in the body.
    fn declare_typed_arg(&mut self, index: usize, pt: &mut syn::PatType) -> Option<(Pat, Ident)> {
        if let Pat::Ident(pi) = &*pt.pat
            && pi.by_ref.is_none()
            && pi.subpat.is_none()
        {
            let ident = pi.ident.clone();
            let id = self.out.vars.declare(
                ident.to_string(),
                ident.clone(),
                pi.mutability.is_some(),
                VarKind::User,
            );
            self.out.vars.all[id].slottable = true;
            self.out.vars.all[id].mut_ref =
                matches!(&*pt.ty, syn::Type::Reference(r) if r.mutability.is_some());
            // `n: u64`: plain data, held only while read (as a `let`'s).
            self.out.vars.all[id].no_drop_glue = crate::syntax::types::plain_type(&pt.ty);
            *pt.pat = Pat::Ident(syn::PatIdent {
                attrs: pi.attrs.clone(),
                by_ref: None,
                mutability: None,
                ident,
                subpat: None,
            });
            return None;
        }
        let slot = Ident::new(&format!("__coro_tmp_arg{index}"), Span::mixed_site());
        let pattern = if matches!(&*pt.pat, Pat::Wild(_)) {
            // `_` keeps the argument alive to the end, as in an `async fn`,
            // under a name that user code cannot write.
            self.out
                .vars
                .declare(slot.to_string(), slot.clone(), false, VarKind::User);
            None
        } else {
            self.out
                .vars
                .declare(String::new(), slot.clone(), false, VarKind::Temp);
            Some(((*pt.pat).clone(), slot.clone()))
        };
        *pt.pat = Pat::Ident(syn::PatIdent {
            attrs: Vec::new(),
            by_ref: None,
            mutability: None,
            ident: slot,
            subpat: None,
        });
        pattern
    }

    /// A homed argument (or one declared after a homed one, see
    /// `analyse::homes::plan`) moves into a binding of the body: `let x =
    /// x;` first thing.
    fn move_param_home(&mut self, param: VarId) {
        let var = &self.out.vars.all[param];
        // The argument's own identifier (its hygiene, too); the receiver is
        // spelled `self` and renamed by the lowering.
        let ident = if var.name == "self" {
            Ident::new("self", var.ident.span())
        } else {
            var.ident.clone()
        };
        // A `_` argument (kept alive under a hidden name) moves into a new
        // hidden name: the variants cannot hold two fields of one name.
        let bound = if var.name.starts_with("__coro_tmp_arg") {
            Ident::new(&format!("{ident}_kept"), Span::mixed_site())
        } else {
            ident.clone()
        };
        let (mut_ref, name) = (var.mut_ref, bound.to_string());
        let local = syn::Local {
            attrs: Vec::new(),
            let_token: Default::default(),
            pat: Pat::Ident(syn::PatIdent {
                attrs: Vec::new(),
                by_ref: None,
                mutability: var.mutable.then(Default::default),
                ident: bound,
                subpat: None,
            }),
            init: Some(syn::LocalInit {
                eq_token: Default::default(),
                expr: Box::new(syn::parse_quote!(#ident)),
                diverge: None,
            }),
            semi_token: Default::default(),
        };
        self.lower_local(&local);
        // Still a `&mut` (`buf: &mut Vec<u8>`): a method call reborrows it
        // (`Var::moves_out_of_home`).
        if let Some(id) = self.out.vars.resolve(&name) {
            self.out.vars.all[id].mut_ref |= mut_ref;
        }
    }
}
