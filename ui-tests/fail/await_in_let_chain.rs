#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch(maybe: Option<u32>) -> u32 {
    if let Some(n) = maybe && answer().await > n {
        return n;
    }
    0
}

fn main() {}
