#[coro::coroutine]
fn numbers() -> impl coro::AsyncIterator<Item = u32> {
    yield_!(1);
}

#[coro::coroutine]
fn consume() -> u32 {
    numbers().await
}

fn main() {}
