#[coro::coroutine]
fn fetch() -> u32 {
    std::future::ready(1u32).await
}

fn main() {}
