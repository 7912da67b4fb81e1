#[coro::generator]
fn inner() -> impl Iterator<Item = u32> {
    yield_!(1);
}

#[coro::generator]
fn outer() -> impl Iterator<Item = u32> {
    let run = || yield_from!(inner());
    run();
}

fn main() {
    let _ = outer().count();
}
