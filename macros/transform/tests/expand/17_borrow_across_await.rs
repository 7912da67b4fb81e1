#[coro::coroutine]
fn fill_and_sum(k: u8) -> usize {
    let mut buf = vec![k];
    let n = fill(&mut buf, 3).await;
    let first = &buf[0];
    tick().await;
    n + *first as usize + buf.len()
}
