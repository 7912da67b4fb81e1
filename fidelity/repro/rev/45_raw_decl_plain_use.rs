// args:
// `let r#count = Tracked::new(..)` then `count` used after an await (same identifier).
fn f() -> i64 {
    let r#count = Tracked::new("c");
    let r = &count;
    tick("a").await;
    r.len() + count.len()
}
