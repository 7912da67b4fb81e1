// `.await` in a match guard: the guard runs with the arm's bindings borrowed
// and falls through to the next arm when false, as in an `async fn`.
#[coro::coroutine]
fn answer(x: u32) -> u32 {
    x * 2
}

#[coro::coroutine]
fn fetch(n: u32) -> u32 {
    match n {
        0 if answer(1).await > 1 => 100,
        n if answer(n).await > 10 => n + 1,
        n => n,
    }
}

fn main() {
    assert_eq!(coro::run(fetch(0)), 100);
    assert_eq!(coro::run(fetch(3)), 3);
    assert_eq!(coro::run(fetch(7)), 8);
}
