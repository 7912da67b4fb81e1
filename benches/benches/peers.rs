//! `cargo bench -p coro-benches --bench peers`: coro's event loop against
//! tokio (current_thread), async-executor (smol's `LocalExecutor`) and
//! futures' `LocalPool` on four workloads, in one run, printed as one table.
//! `benches/run_peers.sh` also runs `benches/python/peers.py` (asyncio) and
//! passes its results in `PEERS_PYTHON_RESULTS` (a file of `workload seconds`
//! lines), so the table gets a Python column and the ratio to it.
//!
//! Every workload is timed `PEERS_RUNS` times (default 5) after one warm-up
//! run; the table shows the median. Each timed run includes creating and
//! tearing down the runtime (for every peer alike). Every run checks its
//! result, so no side can skip work.

use std::collections::HashMap;
use std::future::Future;
use std::rc::Rc;
use std::time::{Duration, Instant};

const SPAWN_TASKS: u64 = 100_000;
/// Messages in total: `PING_PONG_MESSAGES / 2` pings, each answered by a pong.
const PING_PONG_MESSAGES: u64 = 200_000;
const TIMERS: u64 = 100_000;
const TIMER_MAX_MICROS: u64 = 10_000;
const CHAIN_AWAITS: u64 = 1_000_000;
const SEED: u64 = 0x2545_f491_4f6c_dd1d;

/// xorshift64*: the tiny PRNG every side (Python too) uses for the timers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// The sleep durations of the timer workload, in microseconds (0..=10 ms).
fn timer_delays() -> Vec<u64> {
    let mut rng = Rng(SEED);
    (0..TIMERS)
        .map(|_| (rng.next() >> 11) % (TIMER_MAX_MICROS + 1))
        .collect()
}

fn expected_timer_sum(delays: &[u64]) -> u64 {
    delays.iter().sum()
}

fn spawn_expected() -> u64 {
    SPAWN_TASKS * (SPAWN_TASKS - 1) / 2
}

fn ping_pong_expected() -> u64 {
    // The pinger sends i and receives i + 1, summing the replies.
    let rounds = PING_PONG_MESSAGES / 2;
    rounds * (rounds - 1) / 2 + rounds
}

fn chain_expected() -> u64 {
    CHAIN_AWAITS * (CHAIN_AWAITS - 1) / 2 + CHAIN_AWAITS
}

// ---------------------------------------------------------------- coro ----

mod ours {
    use super::*;

    #[coro::coroutine]
    fn yield_once(i: u64) -> u64 {
        coro::sleep(Duration::ZERO).await;
        i
    }

    #[coro::coroutine]
    pub fn spawn_many(n: u64) -> u64 {
        let mut tasks = Vec::with_capacity(n as usize);
        for i in 0..n {
            tasks.push(coro::spawn(yield_once(i)));
        }
        let mut total = 0u64;
        for task in tasks {
            total += task.await.expect("task failed");
        }
        total
    }

    #[coro::coroutine]
    fn ponger(rx: coro::Queue<u64>, tx: coro::Queue<u64>, rounds: u64) {
        for _ in 0..rounds {
            let v = rx.get().await.expect("never shut down");
            tx.put(v + 1).await.expect("never shut down");
        }
    }

    #[coro::coroutine]
    pub fn ping_pong(messages: u64) -> u64 {
        let rounds = messages / 2;
        let ping: coro::Queue<u64> = coro::Queue::new(0);
        let pong: coro::Queue<u64> = coro::Queue::new(0);
        let other = coro::spawn(ponger(ping.clone(), pong.clone(), rounds));
        let mut sum = 0u64;
        for i in 0..rounds {
            ping.put(i).await.expect("never shut down");
            sum += pong.get().await.expect("never shut down");
        }
        other.await.expect("ponger failed");
        sum
    }

    #[coro::coroutine]
    fn sleeper(micros: u64) -> u64 {
        coro::sleep(Duration::from_micros(micros)).await;
        micros
    }

    #[coro::coroutine]
    pub fn timers(delays: Vec<u64>) -> u64 {
        let tasks: Vec<_> = delays
            .into_iter()
            .map(|d| coro::spawn(sleeper(d)))
            .collect();
        let mut total = 0u64;
        for task in tasks {
            total += task.await.expect("timer task failed");
        }
        total
    }

    #[coro::coroutine]
    fn step(i: u64) -> u64 {
        // `black_box` on both sides: otherwise LLVM folds our whole chain
        // (the machine is transparent to it) and measures nothing.
        std::hint::black_box(i) + 1
    }

    #[coro::coroutine]
    pub fn chain(n: u64) -> u64 {
        let mut acc = 0u64;
        for i in 0..n {
            acc += step(i).await;
        }
        acc
    }
}

// ------------------------------------------ the async fn side (peers) ----

/// The workloads as `async fn`s, generic over the peer's primitives.
mod native {
    pub async fn step(i: u64) -> u64 {
        std::hint::black_box(i) + 1
    }

    pub async fn chain(n: u64) -> u64 {
        let mut acc = 0u64;
        for i in 0..n {
            acc += step(i).await;
        }
        acc
    }

    /// Pending once after waking itself: the same yield for every
    /// executor that lacks its own (LocalPool).
    pub async fn yield_now() {
        futures_lite::future::yield_now().await
    }
}

mod tokio_peer {
    use super::*;

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("tokio runtime")
    }

    pub fn spawn_many(n: u64) -> u64 {
        rt().block_on(async move {
            let tasks: Vec<_> = (0..n)
                .map(|i| {
                    tokio::spawn(async move {
                        tokio::task::yield_now().await;
                        i
                    })
                })
                .collect();
            let mut total = 0;
            for t in tasks {
                total += t.await.expect("task failed");
            }
            total
        })
    }

    pub fn ping_pong(messages: u64) -> u64 {
        let rounds = messages / 2;
        rt().block_on(async move {
            let (ping_tx, mut ping_rx) = tokio::sync::mpsc::unbounded_channel::<u64>();
            let (pong_tx, mut pong_rx) = tokio::sync::mpsc::unbounded_channel::<u64>();
            let other = tokio::spawn(async move {
                for _ in 0..rounds {
                    let v = ping_rx.recv().await.expect("ping");
                    pong_tx.send(v + 1).expect("pong");
                }
            });
            let mut sum = 0;
            for i in 0..rounds {
                ping_tx.send(i).expect("ping");
                sum += pong_rx.recv().await.expect("pong");
            }
            other.await.expect("ponger failed");
            sum
        })
    }

    pub fn timers(delays: Vec<u64>) -> u64 {
        rt().block_on(async move {
            let tasks: Vec<_> = delays
                .into_iter()
                .map(|d| {
                    tokio::spawn(async move {
                        tokio::time::sleep(Duration::from_micros(d)).await;
                        d
                    })
                })
                .collect();
            let mut total = 0;
            for t in tasks {
                total += t.await.expect("timer task failed");
            }
            total
        })
    }

    pub fn chain(n: u64) -> u64 {
        rt().block_on(async move { tokio::spawn(native::chain(n)).await.expect("chain") })
    }
}

mod smol_peer {
    use super::*;
    use async_executor::LocalExecutor;

    fn block_on<T>(f: impl FnOnce(Rc<LocalExecutor<'static>>) -> T) -> T {
        let ex = Rc::new(LocalExecutor::new());
        f(ex)
    }

    pub fn spawn_many(n: u64) -> u64 {
        block_on(|ex| {
            futures_lite::future::block_on(ex.run(async {
                let tasks: Vec<_> = (0..n)
                    .map(|i| {
                        ex.spawn(async move {
                            futures_lite::future::yield_now().await;
                            i
                        })
                    })
                    .collect();
                let mut total = 0;
                for t in tasks {
                    total += t.await;
                }
                total
            }))
        })
    }

    pub fn ping_pong(messages: u64) -> u64 {
        let rounds = messages / 2;
        block_on(|ex| {
            futures_lite::future::block_on(ex.run(async {
                let (ping_tx, ping_rx) = async_channel::unbounded::<u64>();
                let (pong_tx, pong_rx) = async_channel::unbounded::<u64>();
                let other = ex.spawn(async move {
                    for _ in 0..rounds {
                        let v = ping_rx.recv().await.expect("ping");
                        pong_tx.send(v + 1).await.expect("pong");
                    }
                });
                let mut sum = 0;
                for i in 0..rounds {
                    ping_tx.send(i).await.expect("ping");
                    sum += pong_rx.recv().await.expect("pong");
                }
                other.await;
                sum
            }))
        })
    }

    /// smol's timers are async-io's; its `block_on` drives the reactor on
    /// this thread (as `smol::block_on` does), so it is used here instead of
    /// futures-lite's, which would leave the timers to async-io's helper
    /// thread.
    pub fn timers(delays: Vec<u64>) -> u64 {
        block_on(|ex| {
            async_io::block_on(ex.run(async {
                let tasks: Vec<_> = delays
                    .into_iter()
                    .map(|d| {
                        ex.spawn(async move {
                            async_io::Timer::after(Duration::from_micros(d)).await;
                            d
                        })
                    })
                    .collect();
                let mut total = 0;
                for t in tasks {
                    total += t.await;
                }
                total
            }))
        })
    }

    pub fn chain(n: u64) -> u64 {
        block_on(|ex| futures_lite::future::block_on(ex.run(ex.spawn(native::chain(n)))))
    }
}

mod local_pool_peer {
    use super::*;
    use futures::StreamExt;
    use futures::executor::LocalPool;
    use futures::task::LocalSpawnExt;

    fn run<F: Future>(f: impl FnOnce(futures::executor::LocalSpawner) -> F) -> F::Output {
        let mut pool = LocalPool::new();
        let spawner = pool.spawner();
        pool.run_until(f(spawner))
    }

    pub fn spawn_many(n: u64) -> u64 {
        run(|sp| async move {
            let tasks: Vec<_> = (0..n)
                .map(|i| {
                    sp.spawn_local_with_handle(async move {
                        native::yield_now().await;
                        i
                    })
                    .expect("spawn")
                })
                .collect();
            let mut total = 0;
            for t in tasks {
                total += t.await;
            }
            total
        })
    }

    pub fn ping_pong(messages: u64) -> u64 {
        let rounds = messages / 2;
        run(|sp| async move {
            let (ping_tx, mut ping_rx) = futures::channel::mpsc::unbounded::<u64>();
            let (pong_tx, mut pong_rx) = futures::channel::mpsc::unbounded::<u64>();
            let other = sp
                .spawn_local_with_handle(async move {
                    for _ in 0..rounds {
                        let v = ping_rx.next().await.expect("ping");
                        pong_tx.unbounded_send(v + 1).expect("pong");
                    }
                })
                .expect("spawn");
            let mut sum = 0;
            for i in 0..rounds {
                ping_tx.unbounded_send(i).expect("ping");
                sum += pong_rx.next().await.expect("pong");
            }
            other.await;
            sum
        })
    }

    /// LocalPool has no timers: async-io's `Timer`, driven by async-io's
    /// helper thread, wakes the pool.
    pub fn timers(delays: Vec<u64>) -> u64 {
        run(|sp| async move {
            let tasks: Vec<_> = delays
                .into_iter()
                .map(|d| {
                    sp.spawn_local_with_handle(async move {
                        async_io::Timer::after(Duration::from_micros(d)).await;
                        d
                    })
                    .expect("spawn")
                })
                .collect();
            let mut total = 0;
            for t in tasks {
                total += t.await;
            }
            total
        })
    }

    pub fn chain(n: u64) -> u64 {
        run(|sp| async move {
            sp.spawn_local_with_handle(native::chain(n))
                .expect("spawn")
                .await
        })
    }
}

// ------------------------------------------------------------- harness ----

const WORKLOADS: [(&str, &str); 4] = [
    ("spawn", "spawn 100,000 tasks, each yields once, await all"),
    ("ping_pong", "ping-pong 200,000 messages between two tasks"),
    ("timers", "100,000 tasks sleeping 0-10 ms (seeded)"),
    ("chain", "1,000,000-await chain in one task"),
];

const PEERS: [&str; 4] = ["coro", "tokio", "async-executor", "LocalPool"];

fn run_one(workload: &str, peer: &str) -> u64 {
    match (workload, peer) {
        ("spawn", "coro") => coro::run(ours::spawn_many(SPAWN_TASKS)),
        ("spawn", "tokio") => tokio_peer::spawn_many(SPAWN_TASKS),
        ("spawn", "async-executor") => smol_peer::spawn_many(SPAWN_TASKS),
        ("spawn", "LocalPool") => local_pool_peer::spawn_many(SPAWN_TASKS),
        ("ping_pong", "coro") => coro::run(ours::ping_pong(PING_PONG_MESSAGES)),
        ("ping_pong", "tokio") => tokio_peer::ping_pong(PING_PONG_MESSAGES),
        ("ping_pong", "async-executor") => smol_peer::ping_pong(PING_PONG_MESSAGES),
        ("ping_pong", "LocalPool") => local_pool_peer::ping_pong(PING_PONG_MESSAGES),
        ("timers", "coro") => coro::run(ours::timers(timer_delays())),
        ("timers", "tokio") => tokio_peer::timers(timer_delays()),
        ("timers", "async-executor") => smol_peer::timers(timer_delays()),
        ("timers", "LocalPool") => local_pool_peer::timers(timer_delays()),
        ("chain", "coro") => coro::run(ours::chain(CHAIN_AWAITS)),
        ("chain", "tokio") => tokio_peer::chain(CHAIN_AWAITS),
        ("chain", "async-executor") => smol_peer::chain(CHAIN_AWAITS),
        ("chain", "LocalPool") => local_pool_peer::chain(CHAIN_AWAITS),
        _ => unreachable!("unknown workload {workload} / peer {peer}"),
    }
}

fn expected(workload: &str) -> u64 {
    match workload {
        "spawn" => spawn_expected(),
        "ping_pong" => ping_pong_expected(),
        "timers" => expected_timer_sum(&timer_delays()),
        "chain" => chain_expected(),
        _ => unreachable!(),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// `workload seconds` lines written by benches/python/peers.py.
fn python_results() -> HashMap<String, f64> {
    let Ok(path) = std::env::var("PEERS_PYTHON_RESULTS") else {
        return HashMap::new();
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            Some((it.next()?.to_string(), it.next()?.parse().ok()?))
        })
        .collect()
}

fn fmt_ms(d: f64) -> String {
    if d.is_nan() {
        return "-".into();
    }
    format!("{:.2} ms", d * 1e3)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this
    // binary without it, and then it does no work.
    let args: Vec<String> = std::env::args().collect();
    if !args.iter().any(|a| a == "--bench") {
        return;
    }
    let filter: Option<&String> = args.iter().skip(1).find(|a| !a.starts_with('-'));
    let runs: usize = std::env::var("PEERS_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5)
        .max(1);
    let python = python_results();
    // PEERS_ONLY=coro (say) runs that peer alone, for profiling; the others'
    // cells read "-".
    let only = std::env::var("PEERS_ONLY").ok();

    println!("median of {runs} runs (after 1 warm-up), lower is better");
    println!();
    println!(
        "| workload | coro | tokio current_thread | async-executor | futures LocalPool | Python asyncio | best Rust peer / coro | Python / coro |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (workload, description) in WORKLOADS {
        if filter.is_some_and(|f| !workload.contains(f.as_str())) {
            continue;
        }
        let want = expected(workload);
        let mut medians = Vec::new();
        for peer in PEERS {
            if only.as_deref().is_some_and(|o| o != peer) {
                medians.push(f64::NAN);
                continue;
            }
            assert_eq!(
                run_one(workload, peer),
                want,
                "{workload}/{peer}: wrong result"
            );
            let times: Vec<Duration> = (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    let got = run_one(workload, peer);
                    let t = start.elapsed();
                    assert_eq!(got, want, "{workload}/{peer}: wrong result");
                    t
                })
                .collect();
            medians.push(median(times).as_secs_f64());
        }
        let ours = medians[0];
        let best_peer = medians[1..]
            .iter()
            .cloned()
            .filter(|m| !m.is_nan())
            .fold(f64::INFINITY, f64::min);
        let py = python.get(workload).copied();
        println!(
            "| {} | {} | {} | {} | {} | {} | {:.2}x | {} |",
            description,
            fmt_ms(medians[0]),
            fmt_ms(medians[1]),
            fmt_ms(medians[2]),
            fmt_ms(medians[3]),
            py.map(fmt_ms).unwrap_or_else(|| "-".into()),
            best_peer / ours,
            py.map(|p| format!("{:.1}x", p / ours))
                .unwrap_or_else(|| "-".into()),
        );
    }
}
