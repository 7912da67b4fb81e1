#[coro::generator]
fn numbers() -> impl Iterator<Item = u32> {
    fn helper(n: u32) -> u32 {
        yield_!(n);
        n + 1
    }
    yield_!(helper(1));
}

fn main() {
    let _ = numbers().count();
}
