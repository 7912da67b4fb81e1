#![deny(unused_must_use)]

#[coro::coroutine]
fn fetch() -> u32 {
    42
}

fn main() {
    fetch();
}
