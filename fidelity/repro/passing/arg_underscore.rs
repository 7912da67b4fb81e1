// args: Tracked::new("a0"), Tracked::new("a1")
// class arg-patterns: a `_` argument is dropped at once.
fn f(_: Tracked, a1: Tracked) -> i64 {
    tick("t").await;
    a1.len()
}
