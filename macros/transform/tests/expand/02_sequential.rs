#[coro::coroutine]
fn add(a: u32, b: u32) -> u32 {
    let x = fetch(a).await;
    let y = fetch(b).await;
    x + y
}
