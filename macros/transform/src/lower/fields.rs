//! THE field-of-a-temporary rule: `f().await.1`, `make().left`. Rust takes
//! the field from a temporary that lives to the end of its statement: a
//! field used by value is moved out of it and the rest is dropped at the
//! `;`, a field borrowed keeps the whole value to the `;`.
//!
//! Evaluated in the statement's last segment (no later suspension), the
//! value is made a temporary of the generated statement by a block, `{
//! __coro_tmp1 }.1`, which Rust then treats exactly so. Evaluated before a
//! later suspension, a borrowed field's value is held whole as a statement
//! temporary; a moved field's value is held by
//! `coro::__private::moved_field`, which moves the field out then and drops
//! the rest at the `;` (a partially moved value cannot be held in a state).

use super::*;

/// How an expression uses the field it names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum FieldUse {
    /// By value: moved out (or copied).
    Moved,
    /// Through a reference: an autoref'd receiver, a comparison's operand,
    /// an indexed base.
    Borrowed,
}

impl FieldUse {
    /// The use of a field standing where an operand is used as `ctx`, `at`.
    pub(super) fn of_operand(ctx: Ctx, at: At) -> FieldUse {
        if at == At::Place || matches!(ctx, Ctx::Receiver | Ctx::Place | Ctx::Callee) {
            FieldUse::Borrowed
        } else {
            FieldUse::Moved
        }
    }
}

/// `e` as a path of fields (`.1.left`) on a value that is not a place
/// (`f().await`, `make()`): the value and the members, innermost first.
pub(super) fn field_path(e: &Expr) -> Option<(&Expr, Vec<&syn::Member>)> {
    let mut members = Vec::new();
    let mut e = strip_parens(e);
    while let Expr::Field(f) = e {
        members.push(&f.member);
        e = strip_parens(&f.base);
    }
    members.reverse();
    (!members.is_empty() && !is_place_or_const(e)).then_some((e, members))
}

impl Lowerer {
    /// A field path on a value whose evaluation suspends (`f().await.1`),
    /// used as `field_use` (see the module).
    pub(super) fn lower_field_of_suspending(
        &mut self,
        e: &Expr,
        field_use: FieldUse,
    ) -> TokenStream {
        let Some((root, members)) = field_path(e) else {
            let Expr::Field(f) = e else {
                unreachable!("a field")
            };
            let v = self.lower_expr(&f.base);
            let member = &f.member;
            return quote!(#v.#member);
        };
        let value = self.lower_expr(root);
        if self.terminated() {
            return value;
        }
        let fresh = self.fresh_temp(&value);
        if self.hoisting == 0 {
            // (Parenthesised: a struct literal may not stand bare in a
            // scrutinee or condition.)
            return if fresh {
                quote!({ #value } #(.#members)*)
            } else {
                quote!((#value) #(.#members)*)
            };
        }
        self.hold_field_of_value(value, fresh, root, &members, field_use)
    }

    /// `make().1` (await-free, not made from another temporary) used by
    /// value before a later suspension of its statement: the value held
    /// by `moved_field`, the field taken out of it now. `None` for any
    /// other expression (a borrowed field keeps its value whole: the
    /// statement temporary `temps::At` makes of a field's base).
    pub(super) fn bind_moved_field(&mut self, e: &Expr) -> Option<Expr> {
        let (root, members) = field_path(e)?;
        if !crate::syntax::expr::is_temporary_value(root)
            || made_from_temporary(root)
            || self.suspends(root)
        {
            return None;
        }
        let root_value = self.bind_statement_temps(root, At::Value);
        let value = self.fragment_expr(root_value, Ctx::Value);
        let field = self.hold_field_of_value(value, false, root, &members, FieldUse::Moved);
        Some(Expr::Verbatim(field))
    }

    /// `&f().await.0`: the field borrowed in place, its value a temporary
    /// of the statement (or extended by a `let`, as Rust extends it) held
    /// whole. `None` for a reference to anything else.
    pub(super) fn lower_reference_to_field(
        &mut self,
        r: &syn::ExprReference,
        e: &Expr,
    ) -> Option<TokenStream> {
        let (root, members) = field_path(&r.expr)?;
        if !self.suspends(root) {
            return None;
        }
        let value = self.lower_expr(root);
        if self.terminated() {
            return Some(value);
        }
        let whole = self.fresh_or_bound(value, true);
        let v = self.out.vars.temp_id(&whole.to_string())?;
        self.push_statement_temp(v, e);
        let m = &r.mutability;
        Some(quote!(&#m #whole #(.#members)*))
    }

    /// `value` (the lowered `root`; `fresh`: a temporary of its own),
    /// evaluated before a later suspension, of which the field `members`
    /// is used as `field_use`: held to the statement's end.
    fn hold_field_of_value(
        &mut self,
        value: TokenStream,
        fresh: bool,
        root: &Expr,
        members: &[&syn::Member],
        field_use: FieldUse,
    ) -> TokenStream {
        match field_use {
            FieldUse::Borrowed => {
                let whole = if fresh {
                    value
                } else {
                    self.temp_binding(value, true)
                };
                self.note_statement_temp(&whole, root);
                quote!(#whole #(.#members)*)
            }
            FieldUse::Moved => {
                let moved_field = crate::private_api::MOVED_FIELD;
                let w = Ident::new("__coro_whole", Span::mixed_site());
                let holder = self.temp_binding(
                    quote!(#moved_field(
                        #value,
                        |#w| ::core::ptr::addr_of!(#w #(.#members)*),
                        |#w| ::core::mem::ManuallyDrop::new(#w #(.#members)*),
                    )),
                    true,
                );
                self.note_statement_temp(&holder, root);
                if let Some(v) = self.out.vars.temp_id(&holder.to_string()) {
                    self.moved_field_holders.insert(v);
                }
                quote!(#holder.take())
            }
        }
    }

    /// `tokens` are a place in a statement temporary that is held to the
    /// statement's end, or a reference to one: `__coro_tmp3.0`,
    /// `&__coro_tmp3.b`, `&mut __coro_tmp3`.
    pub(super) fn is_place_of_held_temp(&self, tokens: &TokenStream) -> bool {
        let Ok(e) = syn::parse2::<Expr>(tokens.clone()) else {
            return false;
        };
        let mut e = strip_parens(&e);
        if let Expr::Reference(r) = e {
            e = strip_parens(&r.expr);
        }
        while let Expr::Field(f) = e {
            e = strip_parens(&f.base);
        }
        bare_ident(e)
            .and_then(|root| self.out.vars.temp_id(&root.to_string()))
            .is_some_and(|v| {
                self.ref_temps.iter().any(|&(t, _)| t == v)
                    && !self.moved_field_holders.contains(&v)
            })
    }

    /// `value` itself where it names a temporary made now that nothing
    /// holds yet, else a new temporary bound to it.
    pub(super) fn fresh_or_bound(&mut self, value: TokenStream, mutable: bool) -> TokenStream {
        if self.fresh_temp(&value) {
            value
        } else {
            self.temp_binding(value, mutable)
        }
    }

    /// `tokens` name a temporary made now that nothing holds yet.
    fn fresh_temp(&self, tokens: &TokenStream) -> bool {
        self.out
            .vars
            .temp_id(&tokens.to_string())
            .is_some_and(|v| !self.ref_temps.iter().any(|&(t, _)| t == v))
    }
}
