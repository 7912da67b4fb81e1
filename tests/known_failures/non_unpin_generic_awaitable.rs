//! Known failure (see tests/KNOWN_FAILURES.md#non-unpin-generic-awaitable):
//! awaiting a generic awaitable not known to be `Unpin` (E0277).
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use std::future::Future;
use support::*;

#[coro::coroutine]
fn awaits_generic<A: coro::Awaitable<Output = u32> + Future<Output = u32>>(a: A) -> u32 {
    a.await
}

async fn awaits_generic_native<A: coro::Awaitable<Output = u32> + Future<Output = u32>>(
    a: A,
) -> u32 {
    a.await
}

fn main() {
    assert_eq!(
        assert_pair!(
            awaits_generic(ready("r", 7)),
            awaits_generic_native(ready("r", 7))
        ),
        7
    );
}
