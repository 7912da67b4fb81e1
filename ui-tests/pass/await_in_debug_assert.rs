// `.await` in `debug_assert!` runs only with debug assertions, as Rust
// evaluates it.
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
fn fetch() {
    debug_assert!(answer().await == 42);
}

fn main() {
    coro::run(fetch());
    let expected = if cfg!(debug_assertions) { 1 } else { 0 };
    assert_eq!(ASKED.with(Cell::get), expected);
}
