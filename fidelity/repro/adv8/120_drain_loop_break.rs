// args: 1
// `for t in v.drain(..)` with awaits and a break: Drain's drop removes the rest; v reused after.
fn f(k: i64) -> i64 {
    let mut v = vec![Tracked::new("d1"), Tracked::new("d22"), Tracked::new("d3"), Tracked::new("d4")];
    let mut n = 0;
    for t in v.drain(1..) {
        n = n * 10 + ready("t", t.len()).await;
        if n > k * 20 { break; }
    }
    tick("after").await;
    v.push(Tracked::new("new"));
    n * 10 + v.ilen()
}
