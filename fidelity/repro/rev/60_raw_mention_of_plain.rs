// args:
// A plain `x` held across an await, mentioned as `r#x` after it.
fn f() -> i64 {
    let x = Tracked::new("xx");
    tick("a").await;
    let n = r#x.len();
    tick("b").await;
    n + x.len()
}
