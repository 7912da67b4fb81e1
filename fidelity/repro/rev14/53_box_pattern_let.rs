// args: 2
fn f(k: i64) -> i64 {
    let b: Box<(Tracked, Tracked)> = Box::new((Tracked::new("a"), Tracked::new("b")));
    let (t, _) = *b;
    tick("x").await;
    let n = t.len();
    drop(t);
    tick("y").await;
    n + k
}
