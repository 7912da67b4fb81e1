#[coro::coroutine]
fn drain(mut queue: Vec<u32>) -> u32 {
    let mut total = 0;
    while let Some(item) = queue.pop() {
        total += process(item).await;
    }
    total
}
