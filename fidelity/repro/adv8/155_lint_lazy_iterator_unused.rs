// args:
// A lazy `v.iter().map(..)` statement never consumed (unused_must_use on iterator adapters) after an await.
fn f() -> i64 {
    let v = ready("v", vec![1i64, 2]).await;
    v.iter().map(|x| x * 2);
    tick("a").await;
    v.len() as i64
}
