#[coro::generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_from!(vec![1, 2, 3]);
}

fn main() {
    let _ = numbers().count();
}
