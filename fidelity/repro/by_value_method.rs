// args:
// class by-value-method (item 8): a method taking self by value, returning an awaitable, on a local.
fn f() -> i64 {
    let t: Tracked = Tracked::new("t");
    tick("a").await;
    t.later(1).await
}
