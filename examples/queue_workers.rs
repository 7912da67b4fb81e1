//! The queue-workers example of asyncio's documentation ("Queues"): three
//! workers take sleep durations from a `Queue`, the main coroutine waits
//! for `join()`, then cancels the workers (still waiting in `get()`) and
//! gathers them, each outcome a value (asyncio's
//! `gather(*tasks, return_exceptions=True)`). `queue_workers.py` beside this
//! file is the same program in asyncio; tests/python_examples.rs checks that
//! both print the same lines. The docs draw the sleeps with
//! `random.uniform(0.05, 1.0)`; both programs use one fixed list instead.
//!
//! ```text
//! cargo run --example queue_workers
//! ```

use std::time::{Duration, Instant};

const SLEEPS: [f64; 9] = [0.08, 0.19, 0.26, 0.27, 0.33, 0.19, 0.28, 0.31, 0.36];

#[coro::coroutine]
fn worker(name: String, queue: coro::Queue<f64>) {
    loop {
        // Get a "work item" out of the queue.
        let sleep_for = queue.get().await.expect("the queue is never shut down");

        // Sleep for the "sleep_for" seconds.
        coro::sleep(Duration::from_secs_f64(sleep_for)).await;

        // Notify the queue that the "work item" has been processed.
        queue.task_done();

        println!("{name} has slept for {sleep_for:.2} seconds");
    }
}

#[coro::coroutine]
fn main_coroutine() {
    // Create a queue that we will use to store our "workload".
    let queue = coro::Queue::new(0);

    // Put the timings into the queue.
    let mut total_sleep_time = 0.0;
    for sleep_for in SLEEPS {
        total_sleep_time += sleep_for;
        queue.put_nowait(sleep_for).expect("unbounded");
    }

    // Create three worker tasks to process the queue concurrently.
    let tasks: Vec<_> = (0..3)
        .map(|i| coro::spawn(worker(format!("worker-{i}"), queue.clone())))
        .collect();

    // Wait until the queue is fully processed.
    let started_at = Instant::now();
    queue.join().await;
    let total_slept_for = started_at.elapsed().as_secs_f64();

    // Cancel our worker tasks.
    for task in &tasks {
        task.cancel();
    }
    // Wait until all worker tasks are cancelled. Gathering tasks gives each
    // one's outcome as a `Result` (return_exceptions=True): the panics and
    // cancellations are values, nothing propagates.
    let results = coro::gather(tasks).await;

    println!("====");
    for (i, result) in results.iter().enumerate() {
        let kind = match result {
            Ok(()) => "NoneType",
            Err(error) if error.is_cancelled() => "CancelledError",
            Err(_) => "Exception",
        };
        println!("worker-{i}: {kind}");
    }
    // The docs print both durations; the parallel one varies from run to
    // run, so it is compared instead.
    let shorter = if total_slept_for < total_sleep_time {
        "less"
    } else {
        "more"
    };
    println!("3 workers slept in parallel for {shorter} than the total");
    println!("total expected sleep time: {total_sleep_time:.2} seconds");
}

fn main() {
    coro::run(main_coroutine());
}
