// A `move` closure takes the reference, not the local: moving the local out
// while the closure still holds the borrow made before an `.await` (E0505).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn closure_keeps() -> usize {
    let v = vec![1];
    let r = &v;
    tick().await;
    let len = move || r.len();
    drop(v);
    len()
}

fn main() {}
