#[coro::coroutine]
fn shadow() -> u32 {
    let guard = Guard::new("outer");
    {
        let guard = Guard::new("inner");
        pause().await;
        guard.touch();
    }
    let n = 1;
    let n = n + one().await;
    n + guard.id()
}
