// args: 3
// One-line blocks around awaits: if/return, match arms, while-let bodies.
fn f(n: i64) -> i64 {
    if n < 0 { return -1 }
    let t = Tracked::new("t");
    tick("a").await;
    let k = match n { 0 => { 0 } 1 => { ready("one", 1).await } _ => { n * 2 } };
    let mut q = vec![1i64, 2];
    let mut s = 0;
    while let Some(x) = q.pop() { s += ready("x", x).await }
    if s > 100 { return 0 } else { tick("b").await }
    k + s + t.len()
}
