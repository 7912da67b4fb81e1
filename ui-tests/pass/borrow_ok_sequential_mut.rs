// The nearest valid form of two `&mut` borrows alive across one `.await`
// (ui-tests/fail/borrow_unsound_two_mut.rs): the first borrow ends before
// the second starts, each held across its own `.await`.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn fill(buf: &mut Vec<u8>, byte: u8) {
    tick().await;
    buf.push(byte);
}

#[coro::coroutine]
fn push_twice() -> usize {
    let mut v = vec![1];
    let a = &mut v;
    tick().await;
    a.push(2);
    let b = &mut v;
    tick().await;
    b.push(3);
    fill(&mut v, 4).await;
    fill(&mut v, 5).await;
    assert_eq!(v, [1, 2, 3, 4, 5]);
    v.len()
}

fn main() {
    assert_eq!(coro::run(push_twice()), 5);
}
