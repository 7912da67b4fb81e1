// args: 3
fn f(k: i64) -> i64 {
    let mut n = 0;
    for i in 0..k {
        let b = Box::new((Tracked::new("a"), Tracked::new("b")));
        let (t, _) = *b;
        if i == 1 { continue; }
        tick("x").await;
        n += t.len();
    }
    n
}
