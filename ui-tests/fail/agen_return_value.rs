#[coro::coroutine]
fn numbers() -> impl coro::AsyncIterator<Item = u32> {
    yield_!(1);
    return 2;
}

fn main() {}
