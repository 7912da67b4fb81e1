// A `for` pattern that moves a part out of each item and leaves the parts
// under `..`: Rust drops those at the end of the iteration, after the
// body's `.await`; the macro cannot name them to keep them, so where the
// items need drop that is a compile error (items that are references, or
// plain data, pass). Rewrite: name the parts (`(a, _b)`), which the
// coroutine keeps to the end of the iteration.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn total(pairs: Vec<(String, String)>) -> usize {
    let mut n = 0;
    for (a, ..) in pairs {
        tick().await;
        n += a.len();
    }
    n
}

#[coro::coroutine]
fn total_of_references(pairs: Vec<(String, String)>) -> usize {
    let mut n = 0;
    for (a, ..) in &pairs {
        tick().await;
        n += a.len();
    }
    for (i, ..) in pairs.iter().enumerate() {
        tick().await;
        n += i;
    }
    n
}

fn main() {
    let pairs = || vec![(String::from("a"), String::from("b"))];
    let _ = coro::run(total(pairs()));
    let _ = coro::run(total_of_references(pairs()));
}
