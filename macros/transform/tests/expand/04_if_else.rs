#[coro::coroutine]
fn choose(flag: bool) -> u32 {
    let v = if flag { left().await } else { right().await + 1 };
    v * 2
}
