#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    const { answer().await }
}

fn main() {}
