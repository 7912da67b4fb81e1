// args: 2
fn f(k: i64) -> i64 {
    let p = (Tracked::new("a"), k);
    let q = (Tracked::new("b"), k);
    tick("x").await;
    let w @ (_, n) = p;
    tick("y").await;
    if let all @ (_, 2) = q { tick("z").await; return all.1 + w.1 + n; }
    0
}
