#![doc = include_str!("../README.md")]

pub use coro_macros::coroutine;
pub use coro_runtime::*;

/// Support for generated code. Not public API: no stability guarantees.
#[doc(hidden)]
pub mod __private {
    pub use coro_runtime::Awaitable;
    pub use coro_runtime::machine::*;
}
