//! `set_to_thread_limit`: more blocking calls than the default pool holds
//! may wait for each other at once (asyncio's `set_default_executor`). A
//! file of its own: the limit is process-wide.

mod common;

use common::{aw, block_on};
use coro_runtime::{gather, set_to_thread_limit, to_thread};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Ten jobs that each wait (up to 10 s) until all ten have started: they
/// only all succeed if ten run at once.
fn ten_jobs_that_need_each_other() -> Vec<bool> {
    let started = Arc::new(AtomicUsize::new(0));
    let jobs: Vec<_> = (0..10)
        .map(|_| {
            let started = started.clone();
            to_thread(move || {
                started.fetch_add(1, Ordering::SeqCst);
                let deadline = Instant::now() + Duration::from_secs(10);
                while started.load(Ordering::SeqCst) < 10 {
                    if Instant::now() > deadline {
                        return false;
                    }
                    std::thread::sleep(Duration::from_millis(1));
                }
                true
            })
        })
        .collect();
    block_on(async { aw(gather(jobs)).await })
}

#[test]
fn a_raised_limit_runs_that_many_blocking_calls_at_once() {
    set_to_thread_limit(12);
    assert_eq!(ten_jobs_that_need_each_other(), vec![true; 10]);
}

#[test]
#[should_panic(expected = "at least one thread")]
fn a_limit_of_zero_is_refused() {
    set_to_thread_limit(0);
}
