//! Snippets of the step function that several phases write: finishing
//! the machine with a value, `?`, and the handle of a home.

use crate::private_api::*;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// The code that finishes the coroutine with `value`.
pub fn return_code(ret_ty: Option<&TokenStream>, value: TokenStream) -> TokenStream {
    let ret = Ident::new("__coro_ret", Span::mixed_site());
    let state = Ident::new("__coro_state", Span::mixed_site());
    let annotation = ret_ty.map(|t| quote!(: #t));
    // The allow: a diverging tail (`panic!()`) is an `async fn`'s whole
    // body, but here it initialises a `let`, which clippy would flag.
    quote!({
        #[allow(clippy::diverging_sub_expression)]
        let #ret #annotation = #value;
        *#state = __CoroState::Returned;
        return #COMPLETE(#ret);
    })
}

/// `value?` inside the machine: a residual finishes the machine (through
/// `From`, as `?` in an `async fn` returns from it).
pub fn try_code(value: TokenStream, ret_ty: Option<&TokenStream>) -> TokenStream {
    let residual = Ident::new("__coro_residual", Span::mixed_site());
    let output = Ident::new("__coro_output", Span::mixed_site());
    let ret = return_code(ret_ty, quote!(#FROM_RESIDUAL(#residual)));
    quote! {
        match #BRANCH(#value) {
            ::core::ops::ControlFlow::Continue(#output) => #output,
            ::core::ops::ControlFlow::Break(#residual) => #ret,
        }
    }
}

/// The expression for slot `index` of the machine's slot list.
pub fn slot_handle(index: usize) -> TokenStream {
    let slots = Ident::new("__coro_slots", Span::mixed_site());
    let tails = (0..index).map(|_| quote!(.tail()));
    quote!(#slots #(#tails)* .head())
}

/// A homed binding (its guard `guard`) as the receiver of a method that
/// moves it or borrows it by its type (`syntax::moves::split_in_home`,
/// `coro::__private::receiver_probes::HomeSplit`; `family`: the levels'
/// module). In parentheses of the macro's own span (never `unused_parens`).
pub fn home_split(guard: &Ident, family: &str, span: Span) -> TokenStream {
    let family = Ident::new(family, Span::call_site());
    let split = HOME_SPLIT.at(span);
    let method = Ident::new("__coro_home_split", span);
    // `.value` of the slot (borrowed as the call needs) or of the value
    // read out of it (moved).
    let block = quote::quote_spanned! {span=>
        { use #RECEIVER_PROBES::#family::*; (&&&&&&&&#split(&#guard)).#method() }.value
    };
    let mut parens = proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, block);
    parens.set_span(Span::mixed_site());
    quote!(#parens)
}
