// A closure that moves out a local while a borrow of it, held across an
// `.await`, is still used (E0505).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn closure_takes() -> usize {
    let v = vec![1];
    let r = &v;
    tick().await;
    let consume = || drop(v);
    consume();
    r.len()
}

fn main() {}
