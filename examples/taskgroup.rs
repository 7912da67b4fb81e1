//! A `TaskGroup` where one child fails (asyncio 3.11's `TaskGroup`): the
//! failing child's running sibling is cancelled, the group waits for every
//! child, and the error surfaces from the group. `taskgroup.py` beside this
//! file is the same program in asyncio; tests/python_examples.rs checks that
//! both print the same lines.
//!
//! ```text
//! cargo run --example taskgroup
//! ```

use std::time::Duration;

/// Prints "<name> cancelled" if the worker is dropped (cancelled) while it
/// waits: asyncio's `except CancelledError:` block.
struct OnCancel(Option<&'static str>);

impl Drop for OnCancel {
    fn drop(&mut self) {
        if let Some(name) = self.0 {
            println!("{name} cancelled");
        }
    }
}

#[coro::coroutine]
fn worker(name: &'static str, delay: Duration, fail: bool) -> Result<&'static str, String> {
    println!("{name} started");
    let mut on_cancel = OnCancel(Some(name));
    coro::sleep(delay).await;
    on_cancel.0 = None; // not cancelled: the sleep finished
    if fail {
        return Err(format!("{name} failed"));
    }
    println!("{name} finished");
    Ok(name)
}

#[coro::coroutine]
fn body(tg: coro::TaskGroup) {
    // An `Err` of a try-task fails the group, as a raised exception does.
    let _ = tg.create_try_task(worker("a", Duration::from_millis(10), false));
    let _ = tg.create_try_task(worker("b", Duration::from_millis(50), true));
    let _ = tg.create_try_task(worker("c", Duration::from_secs(1), false));
    println!("body done");
}

#[coro::coroutine]
fn main_coroutine() {
    if let Err(group) = coro::task_group(body).await {
        for failure in group.failures() {
            println!("caught: {}", failure.message());
        }
    }
    println!("after the group");
}

fn main() {
    coro::run(main_coroutine());
}
