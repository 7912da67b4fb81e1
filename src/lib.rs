//! `coro`: Python's async IO model in Rust, as a compile-time transform.
//!
//! `#[coro::coroutine]` rewrites a plain `fn` into an explicit enum state
//! machine implementing [`Awaitable`]; `.await` inside it suspends.
//!
//! Always write the path form `#[coro::coroutine]`: rustc has a built-in
//! (unstable) attribute named `coroutine`, so importing ours makes every bare
//! `#[coroutine]` an ambiguity error (E0659).

pub use coro_macros::coroutine;
pub use coro_runtime::*;

/// Support for generated code. Not public API: no stability guarantees.
#[doc(hidden)]
pub mod __private {
    pub use coro_runtime::Awaitable;
    pub use coro_runtime::machine::*;
}
