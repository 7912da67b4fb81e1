#[coro::generator]
fn numbers() -> Vec<u32> {
    yield_!(1);
    yield_!(2);
}

fn main() {
    let _ = numbers();
}
