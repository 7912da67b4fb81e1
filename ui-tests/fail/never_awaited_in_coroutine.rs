#![deny(unused_must_use)]

#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch() -> u32 {
    answer();
    1
}

fn main() {}
