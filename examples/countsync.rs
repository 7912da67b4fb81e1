//! `countsync`: the synchronous counterpart of `countasync`.
//!
//! A port of `countsync.py` from Real Python's "Async IO in Python"
//! walkthrough. `count()` prints `One`, blocks the thread for one second with
//! `std::thread::sleep` and prints `Two`; called three times in a row, the
//! program prints `One Two One Two One Two` (one word per line) and takes
//! about 3 seconds. Compare with `countasync`, which takes about 1 second.
//!
//! Run it with:
//!
//! ```text
//! cargo run --example countsync
//! ```

use std::time::{Duration, Instant};

fn count() {
    println!("One");
    std::thread::sleep(Duration::from_secs(1));
    println!("Two");
}

fn main() {
    let start = Instant::now();
    for _ in 0..3 {
        count();
    }
    let elapsed = start.elapsed().as_secs_f64();
    println!("countsync.rs executed in {elapsed:0.2} seconds.");
}
