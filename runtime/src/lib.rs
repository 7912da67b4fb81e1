//! The runtime of `coro`: the [`Awaitable`] trait and the driver that polls awaitables.
//!
//! Users depend on the facade crate `coro`, which re-exports everything here.

#![warn(missing_docs)]

mod awaitable;
mod block_on;
#[doc(hidden)]
pub mod machine;

pub use awaitable::{Awaitable, AwaitableExt, FromFuture, IntoStdFuture, from_future, into_future};
pub use block_on::run;
