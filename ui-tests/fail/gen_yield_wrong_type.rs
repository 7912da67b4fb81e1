#[coro::generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_!(1);
    yield_!("two");
}

fn main() {
    let _ = numbers().count();
}
