// args: 2
fn f(k: i64) -> i64 {
    let p = &raw const *Box::new(Tracked::new("t"));
    let _ = p;
    tick("x").await;
    k
}
