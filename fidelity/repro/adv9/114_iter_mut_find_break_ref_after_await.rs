// args: 2
// A `for` over `iter_mut()` that breaks out with a `&mut` found element, then mutated after awaits.
fn f(k: i64) -> i64 {
    let mut slots = vec![(0i64, Tracked::new("s0")), (5, Tracked::new("s1")), (9, Tracked::new("s2"))];
    let mut found: Option<&mut (i64, Tracked)> = None;
    for s in slots.iter_mut() {
        if ready("check", s.0).await > k { found = Some(s); break; }
    }
    if let Some(s) = found {
        s.0 += ready("bump", 100).await;
        s.1 = Tracked::new("replaced");
    }
    tick("t").await;
    slots.iter().map(|(n, t)| n + t.len()).sum()
}
