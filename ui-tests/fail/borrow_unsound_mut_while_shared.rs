// Mutating a local while a shared borrow of it, held across an `.await`, is
// still used (E0502).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn first_then_push() -> i32 {
    let mut v = vec![1];
    let first = &v[0];
    tick().await;
    v.push(2);
    *first
}

fn main() {}
