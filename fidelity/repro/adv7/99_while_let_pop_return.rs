// args:
// `while let Some(t) = stack.pop()` with a return inside after an await: the stack (a local Vec<Tracked>) keeps its rest until the return.
fn f() -> i64 {
    let mut stack = vec![Tracked::new("bottom"), Tracked::new("mid"), Tracked::new("top")];
    while let Some(t) = stack.pop() {
        tick(t.name()).await;
        if t.name() == "mid" { return t.len(); }
    }
    0
}
