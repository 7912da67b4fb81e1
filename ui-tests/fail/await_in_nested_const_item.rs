#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    const LIMIT: u32 = answer().await;
    LIMIT
}

fn main() {}
