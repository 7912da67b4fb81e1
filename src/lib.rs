#![doc = include_str!("../README.md")]

pub use coro_macros::{coroutine, generator};

/// `yield_!(value)`: inside a `#[coro::generator]`, hands `value` to the
/// consumer and suspends; evaluates to the argument of the next resume
/// (Python's `x = yield value`). Anywhere else it is a compile error.
#[macro_export]
macro_rules! yield_ {
    ($($value:tt)*) => {
        ::core::compile_error!("'yield' outside function: `yield_!` is only allowed directly in the body of a #[coro::generator] fn")
    };
}

/// `async_for!(pattern in source { body })`: inside a `#[coro::coroutine]`,
/// runs `body` for each value of the async iterator `source` (an async
/// generator, `coro::as_completed(..)`), waiting for each (Python's `async
/// for`). Anywhere else it is a compile error.
#[macro_export]
macro_rules! async_for {
    ($($loop:tt)*) => {
        ::core::compile_error!("'async for' outside async function: `async_for!` is only allowed directly in the body of a #[coro::coroutine] fn")
    };
}

/// `yield_from!(inner)`: inside a `#[coro::generator]`, yields everything the
/// generator `inner` yields, forwards resume arguments to it, and evaluates
/// to its return value (Python's `yield from`). Anywhere else it is a compile
/// error.
#[macro_export]
macro_rules! yield_from {
    ($($inner:tt)*) => {
        ::core::compile_error!("'yield from' outside function: `yield_from!` is only allowed directly in the body of a #[coro::generator] fn")
    };
}
pub use coro_runtime::*;

/// Support for generated code. Not public API: no stability guarantees.
#[doc(hidden)]
pub mod __private {
    pub use coro_runtime::assertion_failed_message;
    pub use coro_runtime::awaited_method_borrows_its_temporary_receiver__bind_the_receiver_first;
    pub use coro_runtime::chained_method_borrows_its_temporary_receiver__bind_the_receiver_first;
    pub use coro_runtime::compound_probes;
    pub use coro_runtime::guard_binding::{borrowing, guard_binding};
    pub use coro_runtime::machine::*;
    pub use coro_runtime::method_taken_to_move_its_receiver_borrows_it__write_a_borrowed_receiver;
    pub use coro_runtime::moved_field::moved_field;
    pub use coro_runtime::receiver_probes;
    pub use coro_runtime::receiver_probes::closure_probes;
    pub use coro_runtime::receiver_probes::{
        TakesSelf, home_receiver_probe, home_split, receiver_of, receiver_probe, receiver_split,
    };
    pub use coro_runtime::rest_probe;
    pub use coro_runtime::slots::*;
    pub use coro_runtime::{AsyncIterator, Awaitable, Generator, GeneratorState};
}
