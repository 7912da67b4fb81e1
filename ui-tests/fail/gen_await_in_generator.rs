#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::generator]
fn numbers() -> impl Iterator<Item = u32> {
    let n = answer().await;
    yield_!(n);
}

fn main() {
    let _ = numbers().count();
}
