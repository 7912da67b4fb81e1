#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch(n: u32) {
    assert!(n > 0, "bad n, expected {}", answer().await);
}

fn main() {}
