#[coro::generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_!(1);
    yield_!(2);
}

#[coro::coroutine]
fn total() -> u32 {
    yield_from!(numbers());
    0
}

fn main() {
    let _ = coro::run(total());
}
