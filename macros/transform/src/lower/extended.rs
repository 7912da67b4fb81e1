//! Temporary lifetime extension in a `let` (`let r = &make();`): the
//! extended temporary becomes a binding of its own.

use super::*;

impl Lowerer {
    /// `let r = &make();`, `let r = &f().await.1;`: the temporary lives as
    /// long as `r` (temporary lifetime extension). Made a binding of its
    /// own, declared just before `r`, so that it can be held (or given a
    /// home) like one.
    pub(super) fn split_extended_temporary(
        &mut self,
        local: &syn::Local,
    ) -> Option<(syn::Local, syn::Local)> {
        let by_ref = ref_binding_as_reference(local);
        let local = by_ref.as_ref().unwrap_or(local);
        let init = local.init.as_ref()?;
        if init.diverge.is_some() || !crate::syntax::pattern::is_single_binding(&local.pat) {
            return None;
        }
        let borrow = ExtendingBorrow::of(&init.expr)?;
        // `let r = &*Box::new(t);` extends the box: bound whole, `r`
        // borrows through the binding.
        let (deref, referent) = match strip_parens(borrow.operand) {
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => (Some(u.op), &*u.expr),
            _ => (None, borrow.operand),
        };
        // `let r = &make().1;` extends `make()`: bound whole, `r` borrows
        // the field of the binding.
        let (value, members) = match deref {
            Some(_) => (referent, Vec::new()),
            None => fields::field_path(referent).unwrap_or((referent, Vec::new())),
        };
        // Not a constant (`&5`, `&[1, 2]`), which is promoted to `'static`:
        // a call, an awaited value, or a literal built with one. (A value
        // that suspends is lowered as the value of any `let`.)
        let computed = match strip_parens(value) {
            Expr::Call(_) | Expr::MethodCall(_) | Expr::Macro(_) => true,
            Expr::Await(_) => true,
            // A block's, `if`'s or `match`'s value (`let ref r = { .. };`).
            Expr::Block(_) | Expr::If(_) | Expr::Match(_) => true,
            // A literal of anything but constants: `&(t, 0).0` holds `t`.
            e @ (Expr::Struct(_) | Expr::Tuple(_) | Expr::Array(_)) => {
                contains_call(e) || !crate::syntax::expr::is_constant(e)
            }
            _ => false,
        };
        if !computed {
            return None;
        }
        self.extended_count += 1;
        let name = Ident::new(
            &format!("__coro_extended{}", self.extended_count),
            Span::mixed_site(),
        );
        let m = borrow.mutable.then(|| quote!(mut));
        // `{ make() }` alone: its value (the braces would be
        // `unused_braces` where the value becomes an argument, a home's).
        let value = match strip_parens(value) {
            Expr::Block(b) if b.label.is_none() && b.attrs.is_empty() => match &b.block.stmts[..] {
                [Stmt::Expr(tail, None)] => tail,
                _ => value,
            },
            _ => value,
        };
        let Stmt::Local(extended) = syn::parse_quote!(let #m #name = #value;) else {
            return None;
        };
        let mut rest = local.clone();
        if let Some(init) = &mut rest.init {
            let (op, cast) = (&borrow.op, &borrow.cast);
            *init.expr = syn::parse_quote!(#op #deref #name #(.#members)* #cast);
        }
        Some((extended, rest))
    }
}

/// The borrow at the top of a `let`'s value whose operand Rust extends:
/// `&x`, `&mut x`, `&raw const x`, `&raw mut x` (a raw pointer to the
/// extended temporary stays valid too), also under a cast (`&make() as
/// &dyn T`, `&make() as *const T`).
struct ExtendingBorrow<'a> {
    /// The operator, written again before the binding (`&mut`, `&raw const`).
    op: TokenStream,
    mutable: bool,
    operand: &'a Expr,
    /// `as T`, if the borrow is cast.
    cast: Option<TokenStream>,
}

impl<'a> ExtendingBorrow<'a> {
    fn of(e: &'a Expr) -> Option<Self> {
        match e {
            Expr::Reference(r) => {
                let (and, m) = (r.and_token, r.mutability);
                Some(ExtendingBorrow {
                    op: quote!(#and #m),
                    mutable: m.is_some(),
                    operand: &r.expr,
                    cast: None,
                })
            }
            Expr::RawAddr(r) => {
                let (and, raw, m) = (r.and_token, r.raw, &r.mutability);
                Some(ExtendingBorrow {
                    op: quote!(#and #raw #m),
                    mutable: matches!(m, syn::PointerMutability::Mut(_)),
                    operand: &r.expr,
                    cast: None,
                })
            }
            Expr::Cast(c) => {
                let inner = ExtendingBorrow::of(strip_parens(&c.expr))?;
                let (as_token, ty) = (c.as_token, &c.ty);
                Some(ExtendingBorrow {
                    cast: Some(quote!(#as_token #ty)),
                    ..inner
                })
            }
            _ => None,
        }
    }
}

/// `let ref r = make();` (`ref mut`) is `let r = &make();`: a `ref`
/// binding extends its value as a borrow of it does. `None` for any other
/// `let`, and for one with a type (`let ref r: T`, the value's type).
fn ref_binding_as_reference(local: &syn::Local) -> Option<syn::Local> {
    let syn::Pat::Ident(p) = &local.pat else {
        return None;
    };
    if p.by_ref.is_none() || p.subpat.is_some() || local.init.as_ref()?.diverge.is_some() {
        return None;
    }
    let mut local = local.clone();
    let mutability = p.mutability;
    let ident = &p.ident;
    local.pat = syn::parse_quote!(#ident);
    let init = local.init.as_mut()?;
    let value = &init.expr;
    *init.expr = syn::parse_quote!(&#mutability #value);
    Some(local)
}
