// An async generator may hold borrows of its locals across awaits and
// yields, but a reference to a local must not escape through a yield: the
// never-run async copy of the body rejects it.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn refs() -> impl coro::AsyncIterator<Item = &'static u32> {
    let v = vec![1, 2, 3];
    for x in &v {
        tick().await;
        yield_!(x);
    }
}

fn main() {}
