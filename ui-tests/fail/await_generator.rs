#[coro::generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_!(1);
}

#[coro::coroutine]
fn consume() -> u32 {
    numbers().await
}

fn main() {}
