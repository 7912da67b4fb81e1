// args: 2
fn f(k: i64) -> i64 {
    let mut rows = vec![vec![0i64], vec![1]];
    let mut i = 0usize;
    rows[i].push({ i += 1; ready("a", k).await });
    rows[{ log("idx"); i }].push({ log("arg"); ready("b", 3).await });
    tick("x").await;
    rows.iter().map(|r| r.len() as i64).sum::<i64>() * 10 + i as i64
}
