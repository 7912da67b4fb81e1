#[coro::coroutine]
#[coro::coroutine]
fn fetch() -> u32 {
    1
}

fn main() {}
