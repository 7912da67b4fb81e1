#[coro::coroutine]
fn fetch() -> u32 {
    let n = 42u32;
    n.await
}

fn main() {}
