#[coro::generator]
fn numbers() {
    yield_!(1);
}

fn main() {
    numbers();
}
