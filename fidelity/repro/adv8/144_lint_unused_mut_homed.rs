// args:
// A needless `mut` on a binding borrowed across an await (rustc's unused_mut in the async fn).
fn f() -> i64 {
    let mut v = vec![1i64, 2];
    let r = &v;
    tick("a").await;
    r.len() as i64 + v[0]
}
