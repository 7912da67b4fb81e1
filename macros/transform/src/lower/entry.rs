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
    lw.declare_args(item, &mut start);
    let start_block = lw.new_block(BlockKind::Start, "Start", String::new());
    lw.switch_to(start_block);
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
    /// Declares the arguments (level 0), each a plain identifier the
    /// outer function passes on (`expand.rs` `move_parameters_into_body`
    /// moved a pattern's value into the body).
    fn declare_args(&mut self, item: &mut ItemFn, start: &mut StartArgs) {
        for input in item.sig.inputs.iter_mut() {
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
                FnArg::Typed(pt) => self.declare_typed_arg(pt),
            }
        }
    }

    /// One typed argument, a plain binding, declared as it is (`mut`
    /// matters inside the machine only).
    fn declare_typed_arg(&mut self, pt: &mut syn::PatType) {
        let Pat::Ident(pi) = &*pt.pat else {
            // Not reached: `move_parameters_into_body` made it plain.
            let message = "coro: internal error: a parameter pattern was not moved into the body";
            self.errors.push(syn::Error::new_spanned(&pt.pat, message));
            return;
        };
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
        let bound = ident.clone();
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
