// args:
// `let mut r#n = ..` borrowed across an await, then assigned as `n = ..` (the same identifier).
fn f() -> i64 {
    let mut r#n = Tracked::new("a");
    let p = &r#n;
    tick("a").await;
    log(p.name());
    n = Tracked::new("bb");
    tick("b").await;
    n.len()
}
