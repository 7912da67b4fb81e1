// args: Tracked::new("a")
// class exit-in-operand: a `return` in a struct literal's field, an await after it.
fn f(a: Tracked) -> i64 {
    let p: Pair = Pair { a: { return a.len(); }, b: Tracked::new("b") };
    tick("t").await;
    p.b.len()
}
