//! Panics out of `Drop` inside coroutines with homes (issue 12, point 1):
//! the machine must do what an `async fn` does, with no use-after-free or
//! double free. Run under Miri by scripts/miri.sh.

mod support;

use std::panic::{AssertUnwindSafe, catch_unwind};
use support::*;

/// A value whose `Drop` panics while `armed`; logs its drops.
struct Bomb(String, bool);

impl Drop for Bomb {
    fn drop(&mut self) {
        log(format!("drop {}", self.0));
        if self.1 {
            panic!("old value's drop panics");
        }
    }
}

/// The reproducer of issue 12: assigning to a homed local whose old value's
/// `Drop` panics, the panic caught inside the body.
#[coro::coroutine]
fn assign_over_a_panicking_drop() -> usize {
    let mut x = Bomb(String::from("old value"), true);
    let r = &x; // borrowed across an await: x gets a home
    tick("t").await;
    log(format!("before: {}", r.0));
    let caught = catch_unwind(AssertUnwindSafe(|| {
        x = Bomb(String::from("new value"), false);
    }));
    log(format!("caught: {}", caught.is_err()));
    log(format!("after: {}", x.0));
    x.0.len()
}

async fn assign_over_a_panicking_drop_async() -> usize {
    let mut x = Bomb(String::from("old value"), true);
    let r = &x;
    tick("t").await;
    log(format!("before: {}", r.0));
    let caught = catch_unwind(AssertUnwindSafe(|| {
        x = Bomb(String::from("new value"), false);
    }));
    log(format!("caught: {}", caught.is_err()));
    log(format!("after: {}", x.0));
    x.0.len()
}

#[test]
fn assignment_stores_the_new_value_when_the_old_drop_panics() {
    let (coro_len, _) = drive(assign_over_a_panicking_drop());
    let coro_log = take_log();
    let (async_len, _) = drive_future(assign_over_a_panicking_drop_async());
    let async_log = take_log();
    assert_eq!(coro_len, "new value".len());
    assert_eq!(coro_len, async_len);
    assert_eq!(coro_log, async_log);
    assert_eq!(
        coro_log,
        [
            "poll t",
            "poll t",
            "before: old value",
            "drop old value",
            "caught: true",
            "after: new value",
            "drop new value",
        ]
    );
}

/// The variant of the issue that was a double free: the new value is moved
/// out of the home after the failed assignment and dropped by the user.
#[coro::coroutine]
fn move_out_after_a_panicking_assignment() -> usize {
    let mut x = Bomb(String::from("old value"), true);
    let r = &x;
    tick("t").await;
    let n = r.0.len();
    let _ = catch_unwind(AssertUnwindSafe(|| {
        x = Bomb(String::from("new value"), false);
    }));
    let y = x;
    let m = y.0.len();
    drop(y);
    tick("u").await;
    n + m
}

#[test]
fn the_new_value_is_owned_once_after_a_panicking_assignment() {
    let (len, _) = drive(move_out_after_a_panicking_assignment());
    assert_eq!(len, "old value".len() + "new value".len());
    let log = take_log();
    assert_eq!(
        log.iter()
            .filter(|e| e.starts_with("drop "))
            .collect::<Vec<_>>(),
        ["drop old value", "drop new value"],
        "each value dropped exactly once: {log:?}"
    );
}

/// The panic is not caught inside the body: it leaves the coroutine, which
/// is then dropped; the new value (stored in the home) is dropped once.
#[coro::coroutine]
fn uncaught_panicking_assignment() -> usize {
    let mut x = Bomb(String::from("old value"), true);
    let r = &x;
    tick("t").await;
    let n = r.0.len();
    x = Bomb(String::from("new value"), false);
    tick("u").await;
    n + x.0.len()
}

#[test]
fn an_uncaught_panicking_assignment_drops_the_new_value_once() {
    let result = catch(|| drive(uncaught_panicking_assignment()));
    let message = result.expect_err("the old value's drop panic propagates");
    assert!(message.contains("old value's drop panics"), "{message}");
    let log = take_log();
    assert_eq!(
        log.iter()
            .filter(|e| e.starts_with("drop "))
            .collect::<Vec<_>>(),
        ["drop old value", "drop new value"],
        "{log:?}"
    );
}

/// An awaited value whose `Drop` panics when it completes: the panic leaves
/// the coroutine, dropping what the variant held (`v`, which may need drop:
/// the poll is inside `poisoning_on_unwind`), as an `async fn`'s unwinding
/// does; resuming it again panics instead of polling anything.
struct PanicOnDropReady(u32);

impl coro::Awaitable for PanicOnDropReady {
    type Output = u32;
    fn resume(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<u32> {
        std::task::Poll::Ready(self.0)
    }
}

impl Drop for PanicOnDropReady {
    fn drop(&mut self) {
        log("drop awaitee");
        panic!("awaitee's drop panics");
    }
}

#[coro::coroutine]
fn awaits_a_panicking_drop() -> u32 {
    let v = vec![1u32];
    let r = &v;
    let x = PanicOnDropReady(41).await;
    x + r[0]
}

#[test]
fn an_awaitee_whose_drop_panics_poisons_the_coroutine() {
    let mut machine = Box::pin(awaits_a_panicking_drop());
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    let first = catch(|| coro::Awaitable::resume(machine.as_mut(), &mut cx));
    assert!(first.unwrap_err().contains("awaitee's drop panics"));
    let second = catch(|| coro::Awaitable::resume(machine.as_mut(), &mut cx));
    let message = second.expect_err("resuming again panics");
    assert!(message.contains("resumed after panicking"), "{message}");
    drop(machine);
    assert_eq!(take_log(), ["drop awaitee"], "the awaitee is dropped once");
}
