// Mutating a local in an `async_for!` body while a shared borrow of it is
// held across the loop's suspensions (E0502).
#[coro::coroutine]
fn numbers() -> impl coro::AsyncIterator<Item = u32> {
    yield_!(1);
}

#[coro::coroutine]
fn sum() -> u32 {
    let mut v = vec![0u32];
    let first = &v[0];
    coro::async_for!(n in numbers() {
        v.push(n);
    });
    *first
}

fn main() {}
