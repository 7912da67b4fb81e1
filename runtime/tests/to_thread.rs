//! `to_thread`: blocking work on the thread pool.

mod common;

use common::{aw, block_on};
use coro_runtime::{TaskError, from_future, sleep, spawn, to_thread};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

#[test]
fn to_thread_runs_elsewhere_and_returns_the_result() {
    let loop_thread = std::thread::current().id();
    let (value, worker) = block_on(async {
        aw(to_thread(|| {
            std::thread::sleep(Duration::from_millis(10));
            (6 * 7, std::thread::current().id())
        }))
        .await
    });
    assert_eq!(value, 42);
    assert_ne!(worker, loop_thread);
}

#[test]
fn the_loop_keeps_running_tasks_while_blocking_work_runs() {
    // The blocking job waits until the loop has ticked three times: it
    // returns only if the loop ran tasks while it blocked (a deadline
    // bounds a loop that does not; no timing assumption otherwise).
    let ticks = Arc::new(AtomicUsize::new(0));
    let saw_ticks = block_on({
        let ticks = ticks.clone();
        async move {
            let ticker = spawn(from_future({
                let ticks = ticks.clone();
                async move {
                    loop {
                        ticks.fetch_add(1, Ordering::SeqCst);
                        aw(sleep(Duration::from_millis(5))).await;
                    }
                }
            }));
            let seen = aw(to_thread(move || {
                let deadline = Instant::now() + Duration::from_secs(20);
                while ticks.load(Ordering::SeqCst) < 3 && Instant::now() < deadline {
                    std::thread::sleep(Duration::from_millis(1));
                }
                ticks.load(Ordering::SeqCst) >= 3
            }))
            .await;
            ticker.cancel();
            seen
        }
    });
    assert!(saw_ticks, "only {} ticks", ticks.load(Ordering::SeqCst));
}

#[test]
fn many_concurrent_jobs_all_complete() {
    let sum = block_on(async {
        let tasks: Vec<_> = (0..50u64)
            .map(|i| spawn(to_thread(move || i * 2)))
            .collect();
        let mut sum = 0;
        for t in tasks {
            sum += aw(t).await.unwrap();
        }
        sum
    });
    assert_eq!(sum, (0..50u64).map(|i| i * 2).sum());
}

#[test]
fn a_panic_in_the_function_resumes_in_the_awaiting_task() {
    let result = block_on(async {
        let task = spawn(to_thread(|| -> u8 { panic!("blocking work failed") }));
        aw(task).await
    });
    assert_eq!(
        result,
        Err(TaskError::Panicked("blocking work failed".into()))
    );
}
