//! `rand`: coroutines that retry until a random number beats a threshold.
//!
//! A port of `rand.py` from Real Python's "Async IO in Python" walkthrough.
//! `makerandom(idx, threshold)` draws a random integer in `0..=10`; while it
//! is not above `threshold` it reports the miss, sleeps `idx + 1` seconds and
//! draws again. Three of them (thresholds 9, 8 and 7, as in the original) run
//! concurrently under `coro::gather`, so their retries interleave. Each
//! coroutine prints in its own ANSI colour (cyan, red, magenta) and is
//! indented by one tab per index, so the interleaving is easy to follow:
//!
//! ```text
//! Initiated makerandom(0).
//! ---> Finished: makerandom(0) == 10
//!     Initiated makerandom(1).
//!     makerandom(1) == 6 too low; retrying.
//!         Initiated makerandom(2).
//!         makerandom(2) == 2 too low; retrying.
//!     makerandom(1) == 0 too low; retrying.
//!         makerandom(2) == 6 too low; retrying.
//!     makerandom(1) == 7 too low; retrying.
//!         makerandom(2) == 6 too low; retrying.
//!     ---> Finished: makerandom(1) == 10
//!         makerandom(2) == 4 too low; retrying.
//!         ---> Finished: makerandom(2) == 8
//!
//! r1: 10, r2: 10, r3: 8
//! ```
//!
//! (That is `--seed 444`, colours left out and tabs shown as spaces; it
//! takes about 12 seconds.)
//!
//! The numbers come from a tiny seeded PRNG (SplitMix64), one stream per
//! coroutine, so a given `--seed` (default 444, as in the original) always
//! gives the same numbers, whatever the order in which timers fire.
//! `--scale F` multiplies every sleep (default 1.0, the original timing).
//!
//! Run it with:
//!
//! ```text
//! cargo run --example rand -- --seed 444
//! ```

mod common;

use common::{Random, flag_value};
use std::time::Duration;

/// ANSI colours: reset, then one per coroutine.
const COLORS: [&str; 4] = [
    "\x1b[0m",  // End of colour
    "\x1b[36m", // Cyan
    "\x1b[91m", // Red
    "\x1b[35m", // Magenta
];

#[coro::coroutine]
fn makerandom(idx: usize, threshold: u64, rng: Random, scale: f64) -> u64 {
    let color = COLORS[idx + 1];
    let indent = "\t".repeat(idx);
    println!("{color}{indent}Initiated makerandom({idx}).");
    let mut i = rng.randint(0, 10);
    while i <= threshold {
        println!("{color}{indent}makerandom({idx}) == {i} too low; retrying.");
        coro::sleep(Duration::from_secs_f64((idx + 1) as f64 * scale)).await;
        i = rng.randint(0, 10);
    }
    println!(
        "{color}{indent}---> Finished: makerandom({idx}) == {i}{}",
        COLORS[0]
    );
    i
}

#[coro::coroutine]
fn main_coroutine(seed: u64, scale: f64) -> Vec<u64> {
    coro::gather(
        (0..3).map(|i| makerandom(i, 10 - i as u64 - 1, Random::new(seed, i as u64), scale)),
    )
    .await
}

fn main() {
    let mut seed = 444;
    let mut scale = 1.0;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => seed = flag_value(&mut args, "--seed", usage),
            "--scale" => scale = flag_value(&mut args, "--scale", usage),
            _ => usage(&format!("unexpected argument {arg:?}")),
        }
    }
    let res = coro::run(main_coroutine(seed, scale));
    let (r1, r2, r3) = (res[0], res[1], res[2]);
    println!();
    println!("r1: {r1}, r2: {r2}, r3: {r3}");
}

fn usage(problem: &str) -> ! {
    eprintln!("rand: {problem}\nusage: rand [--seed N] [--scale F]");
    std::process::exit(2)
}
