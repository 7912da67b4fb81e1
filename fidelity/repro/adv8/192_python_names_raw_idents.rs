// args: 1
// A port keeping Python's names through raw identifiers: a #[co] `create(name, r#type)` and `let r#type = ..` read after awaits.
fn f(k: i64) -> i64 {
    let r#type = if k > 0 { "json" } else { "xml" };
    let id = create("doc", r#type).await;
    tick("created").await;
    id * 10 + r#type.ilen()
}
#[co] fn create(name: &str, r#type: &str) -> i64 {
    let _g = Tracked::new("create");
    tick("db").await;
    name.ilen() + r#type.ilen()
}
