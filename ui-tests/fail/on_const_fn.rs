#[coro::coroutine]
const fn fetch() -> u32 {
    1
}

fn main() {}
