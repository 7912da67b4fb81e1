//! Values the coroutine drops in an order the macro guessed: the fields of
//! a struct in the order the body names them, where Rust drops them in
//! their declaration order, which the macro cannot see. A split binding's
//! fields (`split`), the parts a struct pattern leaves under `_` (kept by
//! `split/leftovers.rs` and `lower/rest.rs`). Two of them with drop glue
//! could drop in an order Rust's does not, so a post-monomorphization
//! assertion makes that a compile error instead of a different run:
//!
//! ```text
//! {
//!     fn __coro_drop_order<T0, T1>(_: &T0, _: &T1) {
//!         const { assert!(needs_drop::<T0>() as usize + needs_drop::<T1>() as usize <= 1, "coro: ..") }
//!     }
//!     __coro_drop_order(&s.a, &s.c);
//! }
//! ```
//!
//! It reads the types off the values, so it needs no name for them, and
//! costs nothing at run time.

use crate::syntax::tokens::respan;
use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::spanned::Spanned;

/// The checks of the parts named `{prefix}k` that a struct pattern in
/// `named` binds under two of its fields (kept in the pattern's order):
/// `message` is given the struct's path.
pub fn struct_part_checks(
    named: &syn::Pat,
    prefix: &str,
    message: impl Fn(&str) -> String,
) -> Vec<TokenStream> {
    let is_part = |i: &Ident| i.to_string().starts_with(prefix);
    crate::syntax::pattern::struct_parts_in_a_guessed_order(named, &is_part)
        .into_iter()
        .map(|(s, parts)| {
            let ty = s.path.to_token_stream().to_string().replace(' ', "");
            let values: Vec<TokenStream> = parts.iter().map(ToTokens::to_token_stream).collect();
            at_most_one_needs_drop(&values, &message(&ty), s.span())
        })
        .collect()
}

/// The block asserting that at most one of `values` (place expressions)
/// needs drop, failing with `message` at `span`.
pub fn at_most_one_needs_drop(values: &[TokenStream], message: &str, span: Span) -> TokenStream {
    let types: Vec<_> = (0..values.len()).map(|k| format_ident!("T{k}")).collect();
    // `assert!` reads its message as a format string.
    let message = message.replace('{', "{{").replace('}', "}}");
    let check = respan(
        quote! {
            fn __coro_drop_order<#(#types),*>(#(_: &#types),*) {
                const {
                    let needs = 0 #(+ ::core::mem::needs_drop::<#types>() as usize)*;
                    ::core::assert!(needs <= 1, #message);
                }
            }
        },
        span,
    );
    // The values keep their spans (a hidden binding's is hygienic); the
    // call is at `span`, where rustc reports the instantiation.
    let callee = Ident::new("__coro_drop_order", span);
    let refs = values.iter().map(|v| {
        let amp = respan(quote!(&), span);
        quote!(#amp #v)
    });
    let mut args = Group::new(Delimiter::Parenthesis, quote!(#(#refs),*));
    args.set_span(span);
    quote!({ #check #callee #args; })
}

/// The fields `s` lists, moved out of `base` (a binding of its base's
/// value) into a tuple: `match base { S { a: part0, .. } => (part0,) }`.
/// A pattern names the type, which a field access would need inferred
/// already. The tuple drops its parts in the literal's order, Rust the
/// base's fields in their declaration order, which the macro cannot see:
/// where two of them need drop that is a compile error (`drop_order.rs`).
pub fn listed_fields_moved_out(s: &syn::ExprStruct, base: &TokenStream) -> TokenStream {
    let parts: Vec<Ident> = (0..s.fields.len())
        .map(|k| Ident::new(&format!("__coro_part{k}"), Span::mixed_site()))
        .collect();
    let members = s.fields.iter().map(|f| &f.member);
    let path = &s.path;
    let check = (parts.len() > 1).then(|| {
        let ty = path.to_token_stream().to_string().replace(' ', "");
        let listed: Vec<String> = s
            .fields
            .iter()
            .map(|f| format!("`{}`", f.member.to_token_stream()))
            .collect();
        let message = format!(
            "coro: the fields this `{ty} {{ .., ..base }}` lists ({}) stay in its temporary \
             base, which Rust drops at the end of the statement, and the coroutine keeps them \
             there across a suspension; two of them need drop, which Rust drops in their \
             declaration order, which the macro cannot see. Bind the base first (`let base = \
             ..;`, then `{ty} {{ .., ..base }}`)",
            listed.join(", ")
        );
        let values: Vec<TokenStream> = parts.iter().map(ToTokens::to_token_stream).collect();
        at_most_one_needs_drop(&values, &message, s.span())
    });
    quote! {
        match #base { #path { #(#members: #parts,)* .. } => { #check (#(#parts,)*) } }
    }
}

/// The block asserting that the items of the iterator `iter` (a place
/// expression) have no drop glue, failing with `message` at `span`: a
/// `for` pattern that leaves parts of each item the coroutine cannot name
/// (`for (a, ..) in pairs`) drops them early; where the items are
/// references (`for (a, ..) in &pairs`) or plain data, nothing is dropped.
pub fn items_need_no_drop(iter: &TokenStream, message: &str, span: Span) -> TokenStream {
    let message = message.replace('{', "{{").replace('}', "}}");
    let check = respan(
        quote! {
            fn __coro_item_drop<I: ::core::iter::Iterator>(_: &I) {
                const {
                    ::core::assert!(!::core::mem::needs_drop::<I::Item>(), #message);
                }
            }
        },
        span,
    );
    let callee = Ident::new("__coro_item_drop", span);
    let amp = respan(quote!(&), span);
    let mut args = Group::new(Delimiter::Parenthesis, quote!(#amp #iter));
    args.set_span(span);
    quote!({ #check #callee #args; })
}
