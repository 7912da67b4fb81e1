// args:
// Iterator chain in a for head: `a.iter().zip(b.iter()).enumerate().rev()` with awaits in the body and Tracked elements.
fn f() -> i64 {
    let a = vec![Tracked::new("a0"), Tracked::new("a1"), Tracked::new("a2")];
    let b = vec![1, 2, 3, 4];
    let mut acc = 0;
    for (i, (x, y)) in a.iter().zip(b.iter()).enumerate().rev() {
        let w = ready("w", x.len() * y).await;
        acc = acc * 10 + w + i as i64;
    }
    let pairs: Vec<(i64, i64)> = b.windows(2).map(|w| (w[0], w[1])).collect();
    tick("mid").await;
    acc + pairs.iter().map(|(p, q)| p * q).sum::<i64>()
}
