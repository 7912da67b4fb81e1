// An async generator consumed by `async_for!`, with `break`, `continue` and
// awaits in the loop body, in a crate that denies warnings.
#![deny(warnings)]

use std::time::Duration;

#[coro::coroutine]
fn numbers(n: u32) -> impl coro::AsyncIterator<Item = u32> {
    for i in 0..n {
        coro::sleep(Duration::ZERO).await;
        yield_!(i);
    }
}

#[coro::coroutine]
fn total() -> u32 {
    let mut sum = 0;
    async_for!(x in numbers(10) {
        if x == 2 {
            continue;
        }
        if x == 6 {
            break;
        }
        coro::sleep(Duration::ZERO).await;
        sum += x;
    });
    sum
}

fn main() {
    assert_eq!(coro::run(total()), 1 + 3 + 4 + 5);
}
