#[coro::generator]
fn twice(n: u64) -> impl Iterator<Item = u64> {
    let first = yield_from!(upto(n));
    yield_from!(upto(first));
}
