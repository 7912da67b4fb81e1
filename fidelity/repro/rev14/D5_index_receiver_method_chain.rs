// args: 2
fn f(k: i64) -> i64 {
    let mut rows = vec![vec![Tracked::new("a")], vec![Tracked::new("b")]];
    let i = k as usize;
    let n = rows[i - 1].iter().map(|t| t.len()).sum::<i64>() + ready("x", 1).await;
    rows[i - 2].retain(|t| { log("retain"); t.len() > 5 });
    rows[i - 1].truncate(ready("t", 0usize).await);
    tick("y").await;
    n + rows[0].len() as i64 + rows[1].len() as i64
}
