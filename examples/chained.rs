//! `chained`: chains of coroutines, each step feeding the next.
//!
//! A port of `chained.py` from Real Python's "Async IO in Python"
//! walkthrough. For every number `n` on the command line, `chain(n)` awaits
//! `part1(n)` and passes its result to `part2(n, ..)`; each part sleeps a
//! random 0-10 seconds. The chains run concurrently under `coro::gather`, so
//! the program takes as long as the slowest chain, not the sum of them all:
//!
//! ```text
//! part1(9) sleeping for 10 seconds.
//! part1(6) sleeping for 6 seconds.
//! part1(3) sleeping for 2 seconds.
//! Returning part1(3) == result3-1.
//! part2(3, 'result3-1') sleeping for 6 seconds.
//! Returning part1(6) == result6-1.
//! part2(6, 'result6-1') sleeping for 0 seconds.
//! Returning part2(6, 'result6-1') == result6-2 derived from result6-1.
//! -->Chained result6 => result6-2 derived from result6-1 (took 6.00 seconds).
//! Returning part2(3, 'result3-1') == result3-2 derived from result3-1.
//! -->Chained result3 => result3-2 derived from result3-1 (took 8.00 seconds).
//! Returning part1(9) == result9-1.
//! part2(9, 'result9-1') sleeping for 4 seconds.
//! Returning part2(9, 'result9-1') == result9-2 derived from result9-1.
//! -->Chained result9 => result9-2 derived from result9-1 (took 14.00 seconds).
//! Program finished in 14.00 seconds.
//! ```
//!
//! (That is `-- 9 6 3` with the default `--seed 444`.)
//!
//! The sleeps come from a tiny seeded PRNG (SplitMix64), one stream per
//! chain, so a given `--seed` (default 444, as in the original) always gives
//! the same sleeps, whatever the order in which timers fire. `--scale F`
//! multiplies every sleep (default 1.0, the original timing). Without
//! numbers it chains 1, 2 and 3, as the original does.
//!
//! Run it with:
//!
//! ```text
//! cargo run --example chained -- 9 6 3
//! ```

mod common;

use common::{Random, flag_value};
use std::time::{Duration, Instant};

#[coro::coroutine]
fn part1(n: i64, rng: Random, scale: f64) -> String {
    let i = rng.randint(0, 10);
    println!("part1({n}) sleeping for {i} seconds.");
    coro::sleep(Duration::from_secs_f64(i as f64 * scale)).await;
    let result = format!("result{n}-1");
    println!("Returning part1({n}) == {result}.");
    result
}

#[coro::coroutine]
fn part2(n: i64, arg: String, rng: Random, scale: f64) -> String {
    let i = rng.randint(0, 10);
    println!("part2({n}, '{arg}') sleeping for {i} seconds.");
    coro::sleep(Duration::from_secs_f64(i as f64 * scale)).await;
    let result = format!("result{n}-2 derived from {arg}");
    println!("Returning part2({n}, '{arg}') == {result}.");
    result
}

#[coro::coroutine]
fn chain(n: i64, rng: Random, scale: f64) {
    let start = Instant::now();
    let p1 = part1(n, rng.clone(), scale).await;
    let p2 = part2(n, p1, rng, scale).await;
    let end = start.elapsed().as_secs_f64();
    println!("-->Chained result{n} => {p2} (took {end:0.2} seconds).");
}

#[coro::coroutine]
fn main_coroutine(args: Vec<i64>, seed: u64, scale: f64) {
    let chains = args
        .into_iter()
        .enumerate()
        .map(|(k, n)| chain(n, Random::new(seed, k as u64), scale));
    coro::gather(chains).await;
}

fn main() {
    let mut seed = 444;
    let mut scale = 1.0;
    let mut numbers = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => seed = flag_value(&mut args, "--seed", usage),
            "--scale" => scale = flag_value(&mut args, "--scale", usage),
            _ => match arg.parse() {
                Ok(n) => numbers.push(n),
                Err(_) => usage(&format!("not an integer: {arg:?}")),
            },
        }
    }
    if numbers.is_empty() {
        numbers = vec![1, 2, 3];
    }
    let start = Instant::now();
    coro::run(main_coroutine(numbers, seed, scale));
    let end = start.elapsed().as_secs_f64();
    println!("Program finished in {end:0.2} seconds.");
}

fn usage(problem: &str) -> ! {
    eprintln!("chained: {problem}\nusage: chained [--seed N] [--scale F] [N ...]");
    std::process::exit(2)
}
