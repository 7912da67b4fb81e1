// args:
// class closure: a `let mut` closure in code without a suspension over homed locals only is made
// `move` and stays `FnMut` (no `unused_mut` the `async fn` does not report); a `Copy` one is copied.
fn f() -> i64 {
    let mut acc: i64 = 0;
    let k: i64 = 3;
    let r: &i64 = &acc;
    let rk: &i64 = &k;
    tick("a").await;
    log_i(*r + *rk);
    let n: i64 = {
        let mut bump = |x: i64| acc += x * k;
        bump(1);
        bump(2);
        let get = |x: i64| x + k;
        let get2 = get;
        get(1) + get2(2)
    };
    tick("b").await;
    acc + n
}
