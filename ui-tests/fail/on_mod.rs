#[coro::coroutine]
mod client {}

fn main() {}
