#[coro::coroutine(1 + 2)]
fn fetch() -> u32 {
    1
}

fn main() {}
