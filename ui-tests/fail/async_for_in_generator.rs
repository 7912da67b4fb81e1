#[coro::coroutine]
fn numbers() -> impl coro::AsyncIterator<Item = u32> {
    yield_!(1);
}

#[coro::generator]
fn relay() -> impl Iterator<Item = u32> {
    async_for!(n in numbers() {
        yield_!(n);
    });
}

fn main() {}
