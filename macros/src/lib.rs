//! Proc-macro entry points of `coro`. All the logic lives in `coro-transform`.

#![forbid(unsafe_code)]

use proc_macro::TokenStream;

/// Turns a `fn` into a coroutine: an enum state machine implementing
/// `coro::Awaitable`. Write it as `#[coro::coroutine]`.
#[proc_macro_attribute]
pub fn coroutine(args: TokenStream, item: TokenStream) -> TokenStream {
    coro_transform::coroutine(args.into(), item.into()).into()
}

/// Turns a `fn` whose body uses `yield_!` into a generator: an enum state
/// machine implementing `coro::Generator` (and `Iterator` when it returns
/// `()`). Write it as `#[coro::generator]`.
#[proc_macro_attribute]
pub fn generator(args: TokenStream, item: TokenStream) -> TokenStream {
    coro_transform::generator(args.into(), item.into()).into()
}
