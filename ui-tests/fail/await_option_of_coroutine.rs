#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch(flag: bool) -> u32 {
    let pending = if flag { Some(answer()) } else { None };
    pending.await
}

fn main() {}
