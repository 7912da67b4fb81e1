//! Snippets of the step function that several phases write: finishing
//! the machine with a value, `?`, the handle of a home, and an `assert!`'s
//! message.

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

/// The condition of an `assert!` / `debug_assert!` written without a
/// message (`name`, `args`), as written, before the rewrite changes it.
pub fn unformatted_assertion(
    name: &str,
    args: &crate::syntax::macros::MacroArgs,
) -> Option<TokenStream> {
    let unformatted =
        matches!(name, "assert" | "debug_assert") && args.args.len() == 1 && !args.has_format();
    unformatted.then(|| quote::ToTokens::to_token_stream(&args.args[0].expr))
}

/// The input of an `assert!` whose condition the rewrite changed
/// (`evaluated`; `written` as the user wrote it): Rust's own message is
/// made from the condition as written, not from the bindings the rewrite
/// put in it (a renamed or homed binding, an awaited value's temporary).
pub fn assertion_with_message(evaluated: TokenStream, written: Option<TokenStream>) -> TokenStream {
    match written {
        Some(written) if written.to_string() != evaluated.to_string() => {
            quote!(#evaluated, "{}", #ASSERTION_FAILED_MESSAGE!(#written))
        }
        _ => evaluated,
    }
}
