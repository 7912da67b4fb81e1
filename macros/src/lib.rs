//! Proc-macro entry points of `coro`. All the logic lives in `coro-transform`.

use proc_macro::TokenStream;

/// Turns a `fn` into a coroutine: an enum state machine implementing
/// `coro::Awaitable`. Write it as `#[coro::coroutine]`.
#[proc_macro_attribute]
pub fn coroutine(args: TokenStream, item: TokenStream) -> TokenStream {
    coro_transform::coroutine(args.into(), item.into()).into()
}
