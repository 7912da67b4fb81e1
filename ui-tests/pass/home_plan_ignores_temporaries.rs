// The home plan is keyed by user binding: an earlier statement whose
// lowering makes temporaries (`add(n, tick().await)`) must not move the home
// to another binding (issue 10: "`r` borrows the local `v` ... not supported").
#[coro::coroutine]
fn tick() {}

fn add(a: u32, _: ()) -> u32 {
    a + 1
}

#[coro::coroutine]
fn shifted(n: u32) -> u32 {
    let t = add(n, tick().await);
    let v = vec![1u32];
    let r = &v;
    tick().await;
    r[0] + t
}

#[coro::coroutine]
fn shifted_twice(n: u32) -> u32 {
    let a = add(n, tick().await);
    let b = add(a, tick().await);
    let w = vec![5u32, 6];
    let s = &w[1];
    tick().await;
    let v = vec![1u32];
    let r = &v;
    tick().await;
    r[0] + *s + a + b
}

fn main() {
    assert_eq!(coro::run(shifted(1)), 3);
    assert_eq!(coro::run(shifted_twice(1)), 1 + 6 + 2 + 3);
}
