// args: 2
fn f(k: i64) -> i64 {
    let p = pair_of("a", "b");
    let b = Box::new(Tracked::new("bx"));
    _ = p.a;
    _ = *b;
    tick("x").await;
    _ = (ready("r", Tracked::new("r")).await, 1);
    tick("y").await;
    p.a.len() + b.len() + k
}
