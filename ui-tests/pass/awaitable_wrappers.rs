use std::time::Duration;

#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch(maybe: Option<u32>) -> u32 {
    // Nearest valid forms of the "not awaitable" cases: call the fn, unwrap
    // the Option first, wrap std futures in coro::from_future.
    let a = answer().await;
    let b = match maybe {
        Some(n) => n,
        None => answer().await,
    };
    let pending = Some(answer());
    let c = match pending {
        Some(p) => p.await,
        None => 0,
    };
    let d = coro::from_future(std::future::ready(1u32)).await;
    coro::sleep(Duration::ZERO).await;
    let boxed: Box<dyn coro::Awaitable<Output = u32> + Unpin> = Box::new(Box::pin(answer()));
    let e = boxed.await;
    a + b + c + d + e
}

fn main() {
    assert_eq!(coro::run(fetch(Some(1))), 42 + 1 + 42 + 1 + 42);
    assert_eq!(coro::run(fetch(None)), 42 * 4 + 1);
}
