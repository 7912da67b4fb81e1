// args: 1
// match on a tuple of references with guards that await, bindings by reference through default binding modes.
fn f(k: i64) -> i64 {
    let a = Tracked::new("left");
    let b = Some(Tracked::new("right"));
    let mut out = 0;
    for i in 0..3 {
        out += match (&a, &b, i + k) {
            (x, Some(y), n) if n > ready("g1", 2).await => x.len() + y.len() + n,
            (x, None, _) => x.len(),
            (_, Some(y), n) if y.len() == ready("g2", 5).await => { tick("arm").await; n * 10 }
            _ => 0,
        };
    }
    out
}
