//! Async generators: a `#[coro::coroutine]` that both awaits and yields
//! (Python's `async def` with `yield`), consumed with `async_for!` (Python's
//! `async for`), and a pipeline of two of them.
//!
//! Run: `cargo run --example agen`

use std::time::{Duration, Instant};

/// Ticks `count` times, `every` apart, yielding the tick number.
#[coro::coroutine]
fn ticker(count: u32, every: Duration) -> impl coro::AsyncIterator<Item = u32> {
    for tick in 0..count {
        coro::sleep(every).await;
        yield_!(tick);
    }
}

/// The squares of the odd values of `source`: a stage of a pipeline.
#[coro::coroutine]
fn odd_squares(count: u32, every: Duration) -> impl coro::AsyncIterator<Item = u32> {
    async_for!(n in ticker(count, every) {
        if n % 2 == 1 {
            yield_!(n * n);
        }
    });
}

#[coro::coroutine]
fn main_coroutine() {
    let start = Instant::now();
    async_for!(tick in ticker(3, Duration::from_millis(100)) {
        println!("tick {tick} at {:.1} s", start.elapsed().as_secs_f64());
    });
    let mut squares = Vec::new();
    async_for!(square in odd_squares(8, Duration::from_millis(10)) {
        squares.push(square);
    });
    println!("odd squares: {squares:?}");
}

fn main() {
    coro::run(main_coroutine());
}
