//! `asyncq`: producers and consumers talking through a `coro::Queue`.
//!
//! A port of `asyncq.py` from Real Python's "Async IO in Python"
//! walkthrough. Each of `--nprod` producers (default 5) puts a random number
//! (0-10) of random items on an unbounded queue, sleeping a random 0-10
//! seconds before each; each of `--ncon` consumers (default 10) loops
//! forever: sleep a random 0-10 seconds, take an item, report how long it
//! waited in the queue, `task_done()`. The main coroutine waits for the
//! producers, then for `q.join()` (every item consumed), then cancels the
//! consumers, which are still waiting in `q.get()` or asleep:
//!
//! ```text
//! Producer 0 sleeping for 4 seconds.
//! Producer 1 sleeping for 6 seconds.
//! Consumer 0 sleeping for 6 seconds.
//! Consumer 1 sleeping for 0 seconds.
//! Consumer 2 sleeping for 1 seconds.
//! Consumer 3 sleeping for 3 seconds.
//! Producer 0 added <b2552a64c2> to queue.
//! Producer 0 sleeping for 10 seconds.
//! Consumer 1 got element <b2552a64c2> in 0.00004 seconds.
//! Consumer 1 sleeping for 9 seconds.
//! Producer 1 added <3c6e489ef9> to queue.
//! Producer 1 sleeping for 4 seconds.
//! Consumer 0 got element <3c6e489ef9> in 0.00003 seconds.
//! ...
//! Producer 0 added <e41b8cbc67> to queue.
//! Consumer 1 got element <e41b8cbc67> in 0.00004 seconds.
//! Consumer 1 sleeping for 5 seconds.
//! Program completed in 54.00235 seconds.
//! ```
//!
//! (That is `-- --nprod 2 --ncon 4` with the default `--seed 444`.)
//!
//! Items and sleeps come from a tiny seeded PRNG (SplitMix64), one stream per
//! task, so a given `--seed` (default 444, as in the original) always gives
//! each producer the same items and each task the same sleeps, whatever the
//! order in which timers fire. `--scale F` multiplies every sleep (default
//! 1.0, the original timing).
//!
//! Run it with:
//!
//! ```text
//! cargo run --example asyncq -- --nprod 2 --ncon 4
//! ```

mod common;

use common::{Random, flag_value};
use std::time::{Duration, Instant};

/// What travels through the queue: an item and the moment it was put there.
type Entry = (String, Instant);

/// `os.urandom(size).hex()`, from the task's own PRNG stream.
#[coro::coroutine]
fn makeitem(rng: Random) -> String {
    format!("{:010x}", rng.next_u64() >> 24)
}

#[coro::coroutine]
fn randsleep(caller: String, rng: Random, scale: f64) {
    let i = rng.randint(0, 10);
    println!("{caller} sleeping for {i} seconds.");
    coro::sleep(Duration::from_secs_f64(i as f64 * scale)).await;
}

#[coro::coroutine]
fn produce(name: usize, q: coro::Queue<Entry>, rng: Random, scale: f64) {
    let n = rng.randint(0, 10);
    for _ in 0..n {
        randsleep(format!("Producer {name}"), rng.clone(), scale).await;
        let i = makeitem(rng.clone()).await;
        let t = Instant::now();
        q.put((i.clone(), t))
            .await
            .expect("the queue is never shut down");
        println!("Producer {name} added <{i}> to queue.");
    }
}

#[coro::coroutine]
fn consume(name: usize, q: coro::Queue<Entry>, rng: Random, scale: f64) {
    loop {
        randsleep(format!("Consumer {name}"), rng.clone(), scale).await;
        let (i, t) = q.get().await.expect("the queue is never shut down");
        let now = Instant::now();
        println!(
            "Consumer {name} got element <{i}> in {:0.5} seconds.",
            (now - t).as_secs_f64()
        );
        q.task_done();
    }
}

#[coro::coroutine]
fn main_coroutine(nprod: usize, ncon: usize, seed: u64, scale: f64) {
    let q = coro::Queue::new(0);
    let producers: Vec<_> = (0..nprod)
        .map(|n| {
            coro::spawn(produce(
                n,
                q.clone(),
                Random::new(seed, 2 * n as u64),
                scale,
            ))
        })
        .collect();
    let consumers: Vec<_> = (0..ncon)
        .map(|n| {
            coro::spawn(consume(
                n,
                q.clone(),
                Random::new(seed, 2 * n as u64 + 1),
                scale,
            ))
        })
        .collect();
    for result in coro::gather(producers).await {
        result.expect("a producer failed");
    }
    q.join().await; // Implicitly awaits consumers, too
    for c in consumers {
        c.cancel();
    }
}

fn main() {
    let mut nprod = 5;
    let mut ncon = 10;
    let mut seed = 444;
    let mut scale = 1.0;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-p" | "--nprod" => nprod = flag_value(&mut args, "--nprod", usage),
            "-c" | "--ncon" => ncon = flag_value(&mut args, "--ncon", usage),
            "--seed" => seed = flag_value(&mut args, "--seed", usage),
            "--scale" => scale = flag_value(&mut args, "--scale", usage),
            _ => usage(&format!("unexpected argument {arg:?}")),
        }
    }
    let start = Instant::now();
    coro::run(main_coroutine(nprod, ncon, seed, scale));
    let elapsed = start.elapsed().as_secs_f64();
    println!("Program completed in {elapsed:0.5} seconds.");
}

fn usage(problem: &str) -> ! {
    eprintln!(
        "asyncq: {problem}\nusage: asyncq [-p|--nprod N] [-c|--ncon N] [--seed N] [--scale F]"
    );
    std::process::exit(2)
}
