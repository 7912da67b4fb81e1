// args: 2
// Cancellation points inside a `for` over `drain(1..)` (the Drain drops the rest and shifts the tail) and a
// `while let` over a Peekable holding a peeked Tracked.
fn f(k: i64) -> i64 {
    let mut v = vec![Tracked::new("v0"), Tracked::new("v1"), Tracked::new("v2"), Tracked::new("v3")];
    let mut s = 0;
    for t in v.drain(1..3) {
        s += ready("drain", t.len()).await;
    }
    let mut it = vec![Tracked::new("p0"), Tracked::new("p1"), Tracked::new("p2")].into_iter().peekable();
    while let Some(t) = it.next() {
        if let Some(nx) = it.peek() { log(format!("peek {}", nx.name())); }
        s += ready("peek", t.len() + k).await;
    }
    s + v.len() as i64
}
