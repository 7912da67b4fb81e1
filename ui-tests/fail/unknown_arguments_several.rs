#[coro::coroutine(send, name = "fetch", timeout(5))]
fn fetch() -> u32 {
    1
}

fn main() {}
