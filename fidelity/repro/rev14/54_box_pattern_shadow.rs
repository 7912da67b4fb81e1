// args: 2
fn f(k: i64) -> i64 {
    let b = Box::new((Tracked::new("a"), Tracked::new("b")));
    let (t, _) = *b;
    let b = Box::new(k);
    tick("x").await;
    t.len() + *b
}
