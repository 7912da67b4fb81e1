// Moving a local out while a borrow of it, held across an `.await`, is still
// used (E0505).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn count() -> usize {
    let v = vec![1];
    let r = &v;
    tick().await;
    drop(v);
    r.len()
}

fn main() {}
