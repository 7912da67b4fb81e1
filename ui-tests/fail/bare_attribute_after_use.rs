use coro::coroutine;

#[coroutine]
fn fetch() -> u32 {
    1
}

fn main() {}
