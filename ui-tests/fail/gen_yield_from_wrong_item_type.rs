#[coro::generator]
fn words() -> impl Iterator<Item = &'static str> {
    yield_!("one");
}

#[coro::generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_from!(words());
}

fn main() {
    let _ = numbers().count();
}
