// args: 2
// A #[co] fn with homes taking `&impl ILen` (an impl Trait under a reference).
fn f(k: i64) -> i64 {
    let s = String::from("abc");
    total(&s, k).await
}
#[co] fn total(x: &impl ILen, k: i64) -> i64 {
    let n = k;
    let r = &n;
    tick("a").await;
    x.ilen() + *r
}
