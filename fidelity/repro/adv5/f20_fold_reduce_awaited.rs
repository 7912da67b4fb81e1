// args:
// Awaited values feeding fold/reduce/scan/min_by_key and zip of two awaited vectors.
fn f() -> i64 {
    let xs = nums(4).await;
    let ys = nums(3).await;
    let dot: i64 = xs.iter().zip(ys.iter()).map(|(a, b)| a * b).fold(0, |acc, v| acc + v);
    let mx = xs.iter().copied().reduce(i64::max).unwrap_or(0);
    let prefix: Vec<i64> = xs.iter().scan(0, |s, x| { *s += x; Some(*s) }).collect();
    tick("mid").await;
    let closest = ys.iter().min_by_key(|y| (*y - 2).abs()).copied().unwrap_or(-1);
    dot * 1000 + mx * 100 + prefix.last().copied().unwrap_or(0) * 10 + closest
}

#[co] fn nums(n: i64) -> Vec<i64> {
    let mut v = Vec::new();
    for i in 0..n {
        v.push(ready("num", i + 1).await);
    }
    v
}
