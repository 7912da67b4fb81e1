#[coro::coroutine]
extern "C" fn fetch() -> u32 {
    1
}

fn main() {}
