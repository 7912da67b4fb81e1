// args: 3
// A #[co] helper taking `impl Iterator<Item = Tracked>`, consuming items across awaits; the iterator's rest dropped on return.
fn f(k: i64) -> i64 {
    let src = (0..5).map(|i| Tracked::new(if i % 2 == 0 { "even" } else { "odd" }));
    let a = consume_until(src, k).await;
    let v = vec![Tracked::new("v1"), Tracked::new("v2")];
    let b = consume_until(v.into_iter(), 10).await;
    a * 100 + b
}
#[co] fn consume_until(it: impl Iterator<Item = Tracked>, limit: i64) -> i64 {
    let mut n = 0;
    for t in it {
        n += ready("item", t.len()).await;
        if n > limit { return n; }
    }
    -n
}
