// args:
// class partial-move (item 1): a field moved out, an await, the other field used.
fn f() -> i64 {
    let p: Pair = Pair { a: Tracked::new("a"), b: Tracked::new("b") };
    let a: Tracked = p.a;
    tick("t").await;
    log(a.name());
    p.b.len()
}
