//! Names the parts a pattern leaves of a binding and moves them into the
//! hidden bindings that keep them (`leftovers.rs`).

use super::leftovers::{Leaves, leaves};
use super::scrutinee::is_scrutinee_of;
use crate::syntax::macros::visit_operands_mut;
use crate::syntax::pattern;
use proc_macro2::Ident;
use quote::format_ident;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Pat, Stmt};

/// Names the parts the patterns on the binding leave (`__coro_part..`) and
/// moves them into the hidden bindings (`__coro_left_..`, `hidden`).
pub(super) struct Namer<'a> {
    pub(super) name: &'a Ident,
    /// The binding is a `Box` (`leftovers::is_scrutinee_of`).
    pub(super) boxed: bool,
    pub(super) sites: &'a mut usize,
    /// The hidden bindings, in the order to declare them.
    pub(super) hidden: Vec<Ident>,
}

impl Namer<'_> {
    /// `pat` with its parts named, and the statements moving them into
    /// their hidden bindings; `None` if it leaves nothing to keep.
    fn name_parts(&mut self, pat: &Pat) -> Option<(Pat, Vec<Stmt>)> {
        if !matches!(leaves(pat, self.name), Leaves::Parts) {
            return None;
        }
        let site = *self.sites;
        let span = self.name.span();
        let (named, n) = pattern::name_wildcards(pat, &mut |k| {
            format_ident!("__coro_part{}_{}", site, k, span = span)
        })?;
        *self.sites += 1;
        let bare = name_part(&syn::ext::IdentExt::unraw(self.name).to_string());
        // The checks first: they borrow the parts the moves take.
        let mut moves = order_checks(&named, self.name, &format!("__coro_part{site}_"));
        let checks = moves.len();
        for k in (0..n).rev() {
            let part = format_ident!("__coro_part{}_{}", site, k, span = span);
            let hidden = format_ident!("__coro_left_{}_{}_{}", bare, site, k, span = span);
            moves.insert(
                checks,
                syn::parse_quote!(#hidden = ::core::option::Option::Some(#part);),
            );
            self.hidden.push(hidden);
        }
        Some((named, moves))
    }

    /// Rewrites the patterns in `stmts`, a `let` on the binding followed by
    /// the moves of its parts.
    pub(super) fn stmts(&mut self, stmts: &mut Vec<Stmt>) {
        let mut j = 0;
        while j < stmts.len() {
            if let Stmt::Local(l) = &mut stmts[j]
                && l.init
                    .as_ref()
                    .is_some_and(|i| is_scrutinee_of(&i.expr, self.name, self.boxed))
                && let Some((named, moves)) = self.name_parts(&l.pat)
            {
                l.pat = named;
                if let Some((_, diverge)) = l.init.as_mut().and_then(|i| i.diverge.as_mut()) {
                    self.visit_expr_mut(diverge);
                }
                let n = moves.len();
                stmts.splice(j + 1..j + 1, moves);
                j += n + 1;
                continue;
            }
            self.visit_stmt_mut(&mut stmts[j]);
            j += 1;
        }
    }
}

/// The drop-order checks (`crate::drop_order`) of the parts named
/// `{prefix}k` that a struct pattern in `named` binds under two of its
/// fields, a pattern on the binding `name`.
fn order_checks(named: &Pat, name: &Ident, prefix: &str) -> Vec<Stmt> {
    crate::drop_order::struct_part_checks(named, prefix, |ty| {
        errors::fields_in_a_guessed_order(name, ty)
    })
    .into_iter()
    .map(|check| syn::parse_quote!(#check;))
    .collect()
}

impl VisitMut for Namer<'_> {
    fn visit_block_mut(&mut self, block: &mut Block) {
        self.stmts(&mut block.stmts);
    }
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Expr::Match(m) = e
            && is_scrutinee_of(&m.expr, self.name, self.boxed)
        {
            for arm in &mut m.arms {
                if let Some((named, moves)) = self.name_parts(&arm.pat) {
                    arm.pat = named;
                    let body = &arm.body;
                    *arm.body = syn::parse_quote!({ #(#moves)* #body });
                }
            }
        }
        visit_mut::visit_expr_mut(self, e);
    }
    // A known macro's operands are code (`vec![match p { .. }]`).
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        visit_operands_mut(mac, self);
    }
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// The texts of the errors for parts the leftovers pass cannot keep.
pub(super) mod errors {
    use proc_macro2::{Ident, TokenStream};

    /// A `match` on `*name`, a `Box`, whose arms move parts out on some
    /// paths and leave the box whole on others.
    pub(in crate::split) fn box_moved_on_some_paths(name: &Ident, at: &syn::Expr) -> syn::Error {
        syn::Error::new_spanned(
            at,
            format!(
                "coro: some arms of this `match` move a part out of the box `{name}` and others \
                 leave it whole; Rust drops what is left with `{name}` at the end of its scope, \
                 but across a suspension the coroutine cannot keep a box that is partly moved on \
                 some paths only. Move the value out of the box first (`let v = *{name}; match v \
                 {{ .. }}`), or bind by reference (`(ref t, _)`)"
            ),
        )
    }

    /// A pattern leaving a part of `name`, a binding shadowed in its scope
    /// (not by a `let` of its block) or named inside an opaque macro.
    pub(in crate::split) fn unseen(name: &Ident, at: TokenStream) -> syn::Error {
        syn::Error::new_spanned(
            at,
            format!(
                "coro: a pattern here moves a part out of `{name}` and leaves another in it, \
                 which Rust drops at the end of `{name}`'s scope; `{name}` is shadowed in that \
                 scope or named inside a macro the coroutine cannot see into, so across a \
                 suspension it cannot keep the part there. Name the part (`(t, _u)`, `b: _b`: \
                 it then drops at the end of its block or arm), or move every part out first \
                 (`let (t, u) = {name};`)"
            ),
        )
    }

    /// A pattern leaving a part of `name`, assigned again in its scope.
    pub(in crate::split) fn reassigned(name: &Ident, at: TokenStream) -> syn::Error {
        syn::Error::new_spanned(
            at,
            format!(
                "coro: a pattern here moves a part out of `{name}` and leaves another in it, \
                 and `{name}` is assigned again in its scope, where Rust drops what was left; \
                 across a suspension the coroutine cannot keep the part there. Name the part \
                 (`(t, _u)`: it then drops at the end of the arm), or bind the new value to a \
                 new binding"
            ),
        )
    }

    /// A struct pattern on `name` leaving two fields under `_`, kept in the
    /// order it lists them (`crate::drop_order`).
    pub(crate) fn fields_in_a_guessed_order(name: &Ident, ty: &str) -> String {
        format!(
            "coro: this `{ty} {{ .. }}` pattern leaves two fields of `{name}` that need drop \
             under `_`; the coroutine keeps them in the order the pattern lists them, Rust \
             drops them in their declaration order, which the macro cannot see. Bind them \
             by name (`a: _a`: they then drop at the end of the block or arm), or move every \
             field out"
        )
    }
}

/// A user binding's or field's name as a part of a hidden binding's
/// (`__coro_p_a`, `__coro_left_p_0_0`): as it is where that is snake case;
/// a name with a leading, trailing or doubled `_` or an uppercase letter
/// (`_p`, `p_`) would make the hidden name trip `non_snake_case` (a warning
/// the `async fn` does not have), so it is written as `0` and the hex of
/// its bytes (`05f70`), which no name written as is starts with.
pub(super) fn name_part(name: &str) -> String {
    let snake = !name.starts_with('_')
        && !name.ends_with('_')
        && !name.contains("__")
        && !name.chars().any(char::is_uppercase);
    if snake {
        return name.to_string();
    }
    std::iter::once("0".to_string())
        .chain(name.bytes().map(|b| format!("{b:02x}")))
        .collect()
}
