// A closure that holds a unique borrow of a local across an `.await` while a
// shared borrow of it is still used: rejected as the `async fn` is (E0502),
// at the user's code, although the closure captures the local through its
// home.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn unique_then_shared() -> i64 {
    let mut acc: i64 = 0;
    let r = &acc;
    let mut bump = |x: i64| acc += x;
    tick().await;
    bump(1);
    *r
}

// The same for a closure that reads a field while another closure assigns
// the whole binding (E0502).
#[coro::coroutine]
fn shared_then_unique() -> usize {
    let mut v = vec![1];
    let len = || v.len();
    let mut reset = || v = Vec::new();
    tick().await;
    reset();
    len()
}

fn main() {}
