//! The transform behind `#[coro::coroutine]`.
use proc_macro2::TokenStream;

/// Expands `#[coroutine]` applied to `item`.
pub fn coroutine(_args: TokenStream, item: TokenStream) -> TokenStream {
    item
}
