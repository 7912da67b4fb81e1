//! Which expressions a pattern on a binding matches on (`leftovers.rs`):
//! the binding itself, or the pointee of a binding the syntax shows is a
//! `Box`.

use crate::syntax::expr::{bare_ident, strip_parens};
use proc_macro2::Ident;
use syn::{Expr, Pat, Stmt};

/// Whether `e` is the binding `name` itself.
pub(super) fn is_name(e: &Expr, name: &Ident) -> bool {
    bare_ident(strip_parens(e)).is_some_and(|i| i == name)
}

/// Whether a pattern on `e` takes its parts from the binding `name`: `e`
/// is the binding, or, for a binding the syntax shows is a `Box`, its
/// pointee (`match *b { (t, _) => .. }` leaves the `_` in the box, which
/// Rust drops with `b`). Not a deref of any other binding: through a
/// reference a pattern moves nothing, and naming its `_` would (E0507).
pub(super) fn is_scrutinee_of(e: &Expr, name: &Ident, boxed: bool) -> bool {
    match strip_parens(e) {
        Expr::Unary(u) if boxed && matches!(u.op, syn::UnOp::Deref(_)) => is_name(&u.expr, name),
        e => is_name(e, name),
    }
}

/// Whether the `let` declares a `Box` by the syntax: its type is written
/// `Box<..>` or its value is `Box::new(..)`.
pub(super) fn declares_a_box(stmt: &Stmt) -> bool {
    let Stmt::Local(local) = stmt else {
        return false;
    };
    let last_is =
        |path: &syn::Path, name: &str| path.segments.last().is_some_and(|s| s.ident == name);
    let typed_box = matches!(&local.pat, Pat::Type(t)
        if matches!(&*t.ty, syn::Type::Path(p) if last_is(&p.path, "Box")));
    let made_box = local.init.as_ref().is_some_and(|init| {
        matches!(strip_parens(&init.expr), Expr::Call(c)
            if matches!(&*c.func, Expr::Path(p) if p.path.segments.len() >= 2
                && last_is(&p.path, "new")
                && p.path.segments[p.path.segments.len() - 2].ident == "Box"))
    });
    typed_box || made_box
}
