//! A struct update of a temporary bound before its statement: the fields
//! it lists are kept to the statement's end (`syntax::struct_update`).

use super::{Binder, without_braces};
use crate::drop_order::listed_fields_moved_out;
use crate::syntax::expr::is_place_or_const;
use quote::ToTokens;
use syn::Expr;
use syn::spanned::Spanned;

impl Binder {
    /// `S { a: x, ..make() }`, about to be bound: its fields (but places
    /// and constants) and its base bound first, in Rust's order, and the
    /// fields it lists moved out of the base into a binding of their own,
    /// which keeps them to the statement's end as Rust keeps the base
    /// (`syntax::struct_update`).
    pub(super) fn bind_struct_update_parts(
        &mut self,
        s: &mut syn::ExprStruct,
        bound: &mut Vec<(syn::Ident, Expr)>,
    ) {
        for field in &mut s.fields {
            if !is_place_or_const(&field.expr) {
                let name = self.next_name(field.expr.span());
                let value = std::mem::replace(&mut field.expr, syn::parse_quote!(#name));
                bound.push((name, without_braces(value)));
            }
        }
        let Some(base) = s.rest.as_deref_mut() else {
            return;
        };
        let name = self.next_name(base.span());
        let value = std::mem::replace(base, syn::parse_quote!(#name));
        bound.push((name.clone(), without_braces(value)));
        let held = self.next_name(s.span());
        let moved_out = listed_fields_moved_out(s, &name.to_token_stream());
        bound.push((held, syn::parse_quote!(#moved_out)));
    }
}
