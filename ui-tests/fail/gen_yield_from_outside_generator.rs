#[coro::generator]
fn inner() -> impl Iterator<Item = u32> {
    yield_!(1);
}

fn outer() -> u32 {
    coro::yield_from!(inner());
    0
}

fn main() {
    let _ = outer();
}
