#[coro::coroutine(boxed)]
fn fetch() -> u32 {
    1
}

fn main() {}
