#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() {
    debug_assert!(answer().await == 42);
}

fn main() {}
