// A compound assignment whose value suspends: coro evaluates the value
// first, as Rust does for a built-in operator (both sides integers, floats
// or `bool`). For another type Rust evaluates the place first
// (`AddAssign::add_assign(&mut v[next()], ..)`), so where the place's
// evaluation could show (an index that calls a function, `IndexMut`, a
// possible panic) the order would differ: a compile error with the rewrite.
// A place without effects (`s += ..`) is not checked: its order cannot show.
use std::cell::Cell;

thread_local! {
    static CALLS: Cell<u32> = const { Cell::new(0) };
}

fn next() -> usize {
    CALLS.with(|c| c.set(c.get() + 1));
    0
}

#[coro::coroutine]
fn word() -> String {
    "word".to_string()
}

#[coro::coroutine]
fn index() -> usize {
    0
}

#[coro::coroutine]
fn build() -> usize {
    let mut v = vec![String::new()];
    v[next()] += &word().await;
    v[index().await] += &format!("{}", next());
    let mut s = String::new();
    s += &word().await;
    v[0].len() + s.len()
}

fn main() {
    let _ = coro::run(build());
}
