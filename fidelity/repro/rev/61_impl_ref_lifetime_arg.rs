// args: 2
// A #[co] fn with homes taking `&'a impl ILen` plus a second argument `Option<&impl ILen>`.
fn f(k: i64) -> i64 {
    let s = String::from("abc");
    let v = vec![1, 2];
    both(&s, Some(&v), k).await
}
#[co] fn both<'a>(x: &'a impl ILen, y: Option<&impl ILen>, k: i64) -> i64 {
    let n = k;
    let r = &n;
    tick("a").await;
    x.ilen() + y.map(|y| y.ilen()).unwrap_or(0) + *r
}
