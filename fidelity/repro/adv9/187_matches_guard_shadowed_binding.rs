// args: 2
// A `matches!` guard reading a shadowed binding held across an await (no homes), and one nested in `assert!`.
fn f(k: i64) -> i64 {
    let lim = 1;
    let lim = lim + k;
    tick("a").await;
    let a = matches!(Some(k + 1), Some(n) if n >= lim);
    assert!(matches!(Some(3), Some(n) if n > lim - 5), "lim {}", lim);
    tick("b").await;
    a as i64 + lim
}
