// The nearest valid form of mutating while a shared borrow lives across an
// `.await` (ui-tests/fail/borrow_unsound_mut_while_shared.rs): copy out
// what the shared borrow gives before mutating; several shared borrows at
// once are fine.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn first_then_push() -> i32 {
    let mut v = vec![1];
    let first = &v[0];
    let all = &v;
    tick().await;
    let copied = *first + all.len() as i32;
    v.push(2);
    tick().await;
    copied + v[1]
}

fn main() {
    assert_eq!(coro::run(first_then_push()), 1 + 1 + 2);
}
