#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine(boxed)]
async fn fetch() -> u32 {
    let f = || answer().await;
    f()
}

fn main() {}
