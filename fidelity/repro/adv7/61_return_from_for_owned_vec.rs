// args:
// Early `return` from a `for` over an owned Vec<Tracked> after an await in the same iteration (no match): the iterator's rest dropped at return.
fn f() -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("b"), Tracked::new("c")];
    for t in v {
        if t.name() == "b" {
            tick("found").await;
            return t.len();
        }
    }
    0
}
