#[coro::coroutine]
use std::time::Duration;

fn main() {}
