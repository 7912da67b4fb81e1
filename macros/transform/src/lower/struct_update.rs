//! A struct update whose base is a temporary (`S { a: x, ..make() }`,
//! `..f().await`; `syntax::struct_update`). Where the literal is evaluated
//! before a later suspension of its statement, or its base suspends, the
//! base is bound, the fields the literal lists are moved out of it into a
//! tuple held as a statement temporary (dropped at the `;`,
//! `Lowerer::drop_statement_temps`), and the literal takes the rest
//! (`..base`): two disjoint moves, in no order that shows.

use super::*;
use crate::drop_order::listed_fields_moved_out;
use crate::syntax::struct_update::updates_a_temporary;

impl Lowerer {
    /// `e`, a struct update of a temporary evaluated before a later
    /// suspension (await-free), with its fields evaluated in Rust's order,
    /// then its base, whose listed fields are held; `None` for any other
    /// expression.
    pub(super) fn bind_struct_update(&mut self, e: &Expr) -> Option<Expr> {
        let s = update_of_temporary(e)?;
        let base = s.rest.as_deref().expect("a struct update");
        let mut ops: Vec<(&Expr, At)> = s.fields.iter().map(|f| (&f.expr, At::Value)).collect();
        ops.push((base, At::Value));
        let mut vals = self.bind_operands_through(&ops, ops.len() - 1);
        let base_value = vals.pop().expect("the base");
        let base_value = self.fragment_expr(base_value, Ctx::Value);
        let bound = self.hold_listed_fields(s, base_value, base);
        let mut rebuilt = s.clone();
        for (field, v) in rebuilt.fields.iter_mut().zip(vals) {
            field.expr = v;
        }
        rebuilt.rest = Some(Box::new(Expr::Verbatim(bound)));
        // In parentheses, which a scrutinee or condition needs (`match
        // (S { .. }) {`), of the macro's own span (never `unused_parens`).
        Some(Expr::Paren(syn::ExprParen {
            attrs: Vec::new(),
            paren_token: syn::token::Paren(Span::mixed_site()),
            expr: Box::new(Expr::Struct(rebuilt)),
        }))
    }

    /// Whether lowering the suspending literal `s` holds its base's listed
    /// fields: its base is a temporary that suspends, or the literal is
    /// evaluated before a later suspension.
    pub(super) fn holds_listed_fields(&self, s: &syn::ExprStruct) -> bool {
        s.rest.as_deref().is_some_and(|base| {
            updates_a_temporary(s) && (self.suspends(base) || self.hoisting > 0)
        })
    }

    /// The lowered literal `s` (its `fields` lowered; `base`, the lowered
    /// base), after the fields that are not places were evaluated into
    /// bindings (Rust evaluates them before the base; a place is read when
    /// the literal is built, after it).
    pub(super) fn lower_struct_update(
        &mut self,
        s: &syn::ExprStruct,
        fields: Vec<TokenStream>,
        base: TokenStream,
    ) -> (Vec<TokenStream>, TokenStream) {
        let fields = fields
            .into_iter()
            .zip(&s.fields)
            .map(|(v, f)| {
                if is_place_or_const(&f.expr) || self.out.vars.temp_id(&v.to_string()).is_some() {
                    v
                } else {
                    self.operand_binding(v, false)
                }
            })
            .collect();
        let base_expr = s.rest.as_deref().expect("a struct update");
        let bound = self.hold_listed_fields(s, base, base_expr);
        (fields, bound)
    }

    /// Binds `value`, the base of `s`, and moves the fields `s` lists out
    /// of it into a statement temporary; returns the binding, whose other
    /// fields the literal takes.
    fn hold_listed_fields(
        &mut self,
        s: &syn::ExprStruct,
        value: TokenStream,
        base: &Expr,
    ) -> TokenStream {
        let bound = self.fresh_or_bound(value, false);
        let moved_out = listed_fields_moved_out(s, &bound);
        let held = self.temp_binding(moved_out, false);
        self.note_statement_temp(&held, base);
        bound
    }
}

fn update_of_temporary(e: &Expr) -> Option<&syn::ExprStruct> {
    match strip_parens(e) {
        Expr::Struct(s) if updates_a_temporary(s) => Some(s),
        _ => None,
    }
}
