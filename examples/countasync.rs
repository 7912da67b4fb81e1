//! `countasync`: three `count()` coroutines run concurrently on one thread.
//!
//! A port of `countasync.py` from Real Python's "Async IO in Python"
//! walkthrough. Each `count()` prints `One`, sleeps one second and prints
//! `Two`; `coro::gather!` runs the three of them concurrently, so while one
//! sleeps the loop resumes the others. The output is
//! `One One One Two Two Two` (one word per line) and the whole program takes
//! about 1 second, against the 3 seconds of the synchronous `countsync`.
//!
//! Run it with:
//!
//! ```text
//! cargo run --example countasync
//! ```

use std::time::{Duration, Instant};

#[coro::coroutine]
fn count() {
    println!("One");
    coro::sleep(Duration::from_secs(1)).await;
    println!("Two");
}

#[coro::coroutine]
fn main_coroutine() {
    coro::gather!(count(), count(), count()).await;
}

fn main() {
    let start = Instant::now();
    coro::run(main_coroutine());
    let elapsed = start.elapsed().as_secs_f64();
    println!("countasync.rs executed in {elapsed:0.2} seconds.");
}
