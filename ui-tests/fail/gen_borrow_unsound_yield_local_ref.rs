// A generator may hold borrows of its locals across `yield_!` (they live in
// homes on the heap), but a reference to a local must not escape through a
// yield: the never-run async copy of the body rejects it, as an `async fn`
// would reject returning it.
#[coro::generator]
fn refs() -> impl Iterator<Item = &'static u32> {
    let v = vec![1, 2, 3];
    for x in &v {
        yield_!(x);
    }
}

fn main() {}
