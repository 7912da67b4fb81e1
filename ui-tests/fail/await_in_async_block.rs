#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    let fut = async { answer().await };
    drop(fut);
    1
}

fn main() {}
