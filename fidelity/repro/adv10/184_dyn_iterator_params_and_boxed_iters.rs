// args: 3
// `&mut dyn Iterator<Item = Tracked>` parameters drained with awaits, `Box<dyn Iterator>` held across awaits.
fn f(k: i64) -> i64 {
    let mut src = (0..k).map(|_| Tracked::new("src"));
    let a = drain_some(&mut src, 2).await;
    let rest = src.count() as i64;
    let mut boxed: Box<dyn Iterator<Item = i64>> = if k > 2 { Box::new((0..5).rev()) } else { Box::new(std::iter::repeat(7).take(2)) };
    let first = boxed.next();
    tick("boxed").await;
    let sum: i64 = boxed.sum();
    a * 1000 + rest * 100 + first.unwrap_or(0) * 10 + sum
}
#[co] fn drain_some(it: &mut dyn Iterator<Item = Tracked>, n: usize) -> i64 {
    let mut got = 0;
    for t in it.take(n) { got += ready("t", t.len()).await; }
    got
}
