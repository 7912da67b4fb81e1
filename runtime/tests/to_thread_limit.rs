//! `set_to_thread_limit`: more blocking calls than the default pool holds
//! may wait for each other at once (asyncio's `set_default_executor`). A
//! file of its own: the limit is process-wide.

mod common;

use common::{aw, block_on, ten_jobs_on};
use coro_runtime::{gather, set_to_thread_limit, to_thread};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

#[test]
fn a_raised_limit_runs_that_many_blocking_calls_at_once() {
    set_to_thread_limit(12);
    assert_eq!(ten_jobs_on(to_thread), vec![true; 10]);
}

#[test]
#[should_panic(expected = "at least one thread")]
fn a_limit_of_zero_is_refused() {
    set_to_thread_limit(0);
}

/// `loop.run_in_executor(ThreadPoolExecutor(max_workers=2), f)`: a pool of
/// its own bounds its jobs: never more than two at once.
#[test]
fn a_pool_of_its_own_runs_at_most_its_limit_at_once() {
    let pool = coro_runtime::ThreadPool::new(2);
    assert_eq!(pool.max_threads(), 2);
    let running = Arc::new(AtomicUsize::new(0));
    let most = Arc::new(AtomicUsize::new(0));
    let jobs: Vec<_> = (0..8)
        .map(|i| {
            let (running, most) = (running.clone(), most.clone());
            pool.run(move || {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(5));
                running.fetch_sub(1, Ordering::SeqCst);
                i * 2
            })
        })
        .collect();
    let results = block_on(async { aw(gather(jobs)).await });
    assert_eq!(results, (0..8).map(|i| i * 2).collect::<Vec<_>>());
    assert_eq!(most.load(Ordering::SeqCst), 2);
}

/// Dropping the pool's last handle lets the queued jobs finish; a job's
/// awaitable keeps the pool alive.
#[test]
fn a_dropped_pool_still_finishes_the_jobs_already_made() {
    let pool = coro_runtime::ThreadPool::new(1);
    let second = pool.clone();
    let a = pool.run(|| 1);
    let b = second.run(|| 2);
    drop(pool);
    drop(second);
    assert_eq!(block_on(async { (aw(a).await, aw(b).await) }), (1, 2));
}
