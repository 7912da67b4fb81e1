// args: 2
fn f(k: i64) -> i64 {
    let b = Box::new(Some((Tracked::new("a"), Tracked::new("b"))));
    let n = match *b {
        Some((t, _)) => { tick("arm").await; t.len() }
        None => 0,
    };
    tick("x").await;
    n + k
}
