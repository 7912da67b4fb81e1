#[coro::coroutine]
unsafe extern "C" fn fetch() -> u32 {
    1
}

fn main() {}
