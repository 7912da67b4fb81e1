// Two `&mut` borrows of one local, the first held across an `.await` (E0499).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn push_twice() -> usize {
    let mut v = vec![1];
    let a = &mut v;
    tick().await;
    let b = &mut v;
    b.push(2);
    a.push(3);
    v.len()
}

fn main() {}
