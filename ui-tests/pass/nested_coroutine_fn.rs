#[coro::coroutine]
fn fetch() -> u32 {
    // What "mark the nested fn #[coro::coroutine] too" means.
    #[coro::coroutine]
    fn helper(x: u32) -> u32 {
        x + 1
    }
    helper(1).await + helper(2).await
}

fn main() {
    assert_eq!(coro::run(fetch()), 5);
}
