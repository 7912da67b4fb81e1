// args: 2
// `match (&a, &b)` over references to Option<Tracked> with nested patterns, and `if let (Some(x), Some(y)) = (a.as_ref(), ..)`.
fn f(k: i64) -> i64 {
    let a = opt_trk("a", k > 0);
    let b = opt_trk("b", k > 1);
    let n = match (&a, &b) {
        (Some(x), Some(y)) => { tick("both").await; x.len() + y.len() }
        (Some(x), None) | (None, Some(x)) => { tick("one").await; x.len() * 10 }
        (None, None) => 0,
    };
    if let (Some(x), Some(_)) = (a.as_ref(), b.as_ref()) {
        tick("iflet").await;
        return n + x.len() * 100;
    }
    n
}
