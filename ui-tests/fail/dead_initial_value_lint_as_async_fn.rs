// A binding whose first value is never read because it is given another
// after an `.await` gets the `async fn`'s lint, "value assigned to `x` is
// never read" (`unused_assignments`), not "unused variable" (the arm that
// declares it never read it; fidelity/repro/adv9/min_dead_initial_value_reported_unused_variable.rs,
// adv8/min_destructuring_assign_dead_init_lint.rs). One read nowhere but
// assigned after the `.await` is "assigned to, but never used", as there.
#![deny(unused_assignments, unused_variables)]

#[coro::coroutine]
fn num(n: i64) -> i64 {
    n
}

#[coro::coroutine]
fn reassigned_from_an_await(k: i64) -> i64 {
    let mut x = 1;
    x = num(k).await;
    x
}

#[coro::coroutine]
fn destructuring_assignment(k: i64) -> i64 {
    let mut n = 0;
    [n, _] = [num(k).await, 6];
    n
}

#[coro::coroutine]
fn reassigned_in_a_loop(k: i64) -> i64 {
    let mut x = 0;
    loop {
        x = num(k).await;
        if x > 0 {
            break;
        }
    }
    x
}

#[coro::coroutine]
fn assigned_after_an_await_never_read(k: i64) -> i64 {
    let mut x = 1;
    num(k).await;
    x = 2;
    k
}

fn main() {}
