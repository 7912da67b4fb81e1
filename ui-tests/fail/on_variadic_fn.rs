#[coro::coroutine]
unsafe extern "C" fn fetch(n: u32, ...) -> u32 {
    n
}

fn main() {}
