// args: 2
// `mut` bindings inside `for` / `match` / `if let` / closure patterns modified across awaits.
fn f(k: i64) -> i64 {
    let pairs = vec![(1i64, Tracked::new("p1")), (2, Tracked::new("p2"))];
    let mut s = 0;
    for (mut a, t) in pairs {
        a += ready("a", k).await;
        s += a + t.len();
    }
    match (k, Tracked::new("m")) {
        (mut n, mut t) if n > 0 => { n *= ready("n", 2).await; t = Tracked::new("m2"); s += n + t.len(); }
        _ => {}
    }
    if let Some(mut v) = Some(vec![1i64]) {
        v.push(ready("v", 3).await);
        s += v.iter().sum::<i64>();
    }
    let bump = |mut x: i64| { x += 1; x };
    s + bump(ready("b", 1).await)
}
