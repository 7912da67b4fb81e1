// Bindings given a value after an `.await` whose first value is read (in
// the declaring arm, through a borrow, a closure, or on every path): no
// `async fn` with these bodies warns, so neither may the coroutine, whose
// never-run read of a dead first value (`emit/dead_values.rs`) is emitted
// only where that value is never read.
#![deny(warnings)]

#[coro::coroutine]
fn num(n: i64) -> i64 {
    n
}

#[coro::coroutine]
fn read_before_the_await(k: i64) -> i64 {
    let mut x = 1;
    let y = x;
    x = num(k).await;
    x + y
}

#[coro::coroutine]
fn borrowed_before_the_await(k: i64) -> i64 {
    let mut x = 1;
    let r = &mut x;
    *r += 1;
    let y = x;
    x = num(k).await;
    x + y
}

#[coro::coroutine]
fn captured_before_the_await(k: i64) -> i64 {
    let mut x = 1;
    let c = move || x;
    x = num(k).await;
    x + c()
}

#[coro::coroutine]
fn given_in_a_loop_body(k: i64) -> i64 {
    let mut total = 0;
    for i in 0..k {
        let mut x = i;
        x = num(x + 1).await;
        total += x;
    }
    total
}

#[coro::coroutine]
fn read_on_one_path(k: i64) -> i64 {
    let mut x = 1;
    if k > 5 {
        return x;
    }
    x = num(k).await;
    x
}

#[coro::coroutine]
fn held_across_the_await(k: i64) -> i64 {
    let mut x = k;
    let y = num(1).await;
    x += y;
    x
}

fn main() {
    assert_eq!(coro::run(read_before_the_await(2)), 3);
    assert_eq!(coro::run(borrowed_before_the_await(2)), 4);
    assert_eq!(coro::run(captured_before_the_await(2)), 3);
    assert_eq!(coro::run(given_in_a_loop_body(3)), 6);
    assert_eq!(coro::run(read_on_one_path(9)), 1);
    assert_eq!(coro::run(read_on_one_path(2)), 2);
    assert_eq!(coro::run(held_across_the_await(2)), 3);
}
