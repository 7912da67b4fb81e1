#[coro::coroutine]
fn both(x: bool) -> bool {
    x && check().await
}
