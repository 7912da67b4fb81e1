#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    // The nearest valid form of "awaiting twice": await once, reuse the value,
    // or call the coroutine fn again for a fresh coroutine.
    let a = answer().await;
    let mut sum = a + a;
    for _ in 0..3 {
        sum += answer().await;
    }
    sum
}

fn main() {
    assert_eq!(coro::run(fetch()), 42 * 5);
}
