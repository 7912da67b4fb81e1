// args: 2
fn f(k: i64) -> i64 {
    let b = Box::new((Tracked::new("a"), Tracked::new("b")));
    let n = match *b {
        (t, _) if t.len() == k - 1 => { tick("arm").await; t.len() }
        (_, u) => u.len() + 10,
    };
    tick("x").await;
    n
}
