//! A graceful shutdown (issue 14): several workers run; main cancels them;
//! each one's cleanup scope awaits its cleanup (flush, close) before the task
//! ends; one worker catches the cancellation and returns a value instead;
//! main gathers them (asyncio's `gather(..., return_exceptions=True)`).
//! `shutdown.py` beside this file is the same program in asyncio;
//! tests/python_examples.rs checks that both print the same lines.
//!
//! ```text
//! cargo run --example shutdown
//! ```
//!
//! Python's `try: ... finally: await close()` is `coro::finally(body,
//! close()).await`: the scope gives `Err(coro::Cancelled)` once the cleanup
//! has run, and `?` propagates it (the task then ends with
//! `TaskError::Cancelled`); dropping it instead is `except CancelledError:`.

use std::time::Duration;

const MS: Duration = Duration::from_millis(1);

/// The worker's endless job.
#[coro::coroutine]
fn serve() {
    loop {
        coro::sleep(5 * MS).await;
    }
}

/// The `finally:` block: it awaits.
#[coro::coroutine]
fn close(name: &'static str, delay: Duration) {
    println!("{name} cleaning up (cancelling={})", coro::cancelling());
    coro::sleep(delay).await;
    println!("{name} closed");
}

#[coro::coroutine]
fn worker(
    name: &'static str,
    cleanup_delay: Duration,
    swallow: bool,
) -> Result<String, coro::Cancelled> {
    println!("{name} started");
    let outcome = coro::finally(serve(), close(name, cleanup_delay)).await;
    if let Err(cancelled) = outcome {
        if !swallow {
            return Err(cancelled); // `raise`: the task ends cancelled
        }
        drop(cancelled); // `except CancelledError:`
        coro::uncancel();
        return Ok(format!("{name} saved its work"));
    }
    Ok(format!("{name} finished"))
}

#[coro::coroutine]
fn main_coroutine() {
    let tasks: Vec<_> = [("a", 30, false), ("b", 10, false), ("c", 20, true)]
        .into_iter()
        .map(|(name, ms, swallow)| coro::spawn_named(name, worker(name, ms * MS, swallow)))
        .collect();
    coro::sleep(20 * MS).await;
    println!("main: cancelling the workers");
    for task in &tasks {
        task.cancel();
    }
    let names: Vec<String> = tasks.iter().map(|t| t.name().into_owned()).collect();
    let results = coro::gather(tasks).await;
    for (name, result) in names.iter().zip(results) {
        match result {
            Err(coro::TaskError::Cancelled) => println!("{name}: cancelled"),
            Ok(Ok(value)) => println!("{name}: {value}"),
            other => println!("{name}: unexpected {other:?}"),
        }
    }
    println!("main: done");
}

fn main() {
    coro::run(main_coroutine());
}
