#[coro::coroutine]
fn fetch(maybe: Option<u32>) -> u32 {
    maybe.await
}

fn main() {}
