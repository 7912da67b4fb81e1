// `.await` in an `assert!` message runs only when the assertion fails, and
// in `debug_assert!` only with debug assertions, as Rust evaluates them.
use std::cell::Cell;

thread_local! {
    static ASKED: Cell<u32> = const { Cell::new(0) };
}

#[coro::coroutine]
fn answer() -> u32 {
    ASKED.with(|a| a.set(a.get() + 1));
    42
}

#[coro::coroutine]
fn fetch(n: u32) {
    assert!(n > 0, "bad n, expected {}", answer().await);
}

#[coro::coroutine]
fn checked() {
    debug_assert!(answer().await == 42);
}

fn main() {
    coro::run(fetch(1));
    assert_eq!(ASKED.with(Cell::get), 0);
    let failed = std::panic::catch_unwind(|| coro::run(fetch(0)));
    let message = *failed.expect_err("the assertion fails").downcast::<String>().unwrap();
    assert_eq!(message, "bad n, expected 42");
    assert_eq!(ASKED.with(Cell::get), 1);
    coro::run(checked());
    let expected = if cfg!(debug_assertions) { 2 } else { 1 };
    assert_eq!(ASKED.with(Cell::get), expected);
}
