// args:
// `it.by_ref().take(2).sum()` as an operand before an await of the same statement; `it` continued after a later suspension.
fn f() -> i64 {
    let v = vec![1i64, 2, 3, 4, 5];
    let mut it = v.iter();
    let a = it.by_ref().take(2).sum::<i64>() + ready("mid", 100).await;
    tick("after").await;
    let rest: i64 = it.sum();
    a * 100 + rest
}
