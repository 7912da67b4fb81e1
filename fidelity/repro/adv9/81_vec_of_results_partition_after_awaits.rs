// args: 4
// Collecting awaited results into Vec<Result<..>>, then partition/collect::<Result<Vec>> and sum, Tracked errors.
fn f(k: i64) -> i64 {
    let mut rs: Vec<Result<i64, Tracked>> = Vec::new();
    for i in 0..k {
        rs.push(ready("r", res_trk(i, "e")).await);
    }
    let (oks, errs): (Vec<_>, Vec<_>) = rs.into_iter().partition(|r| r.is_ok());
    tick("mid").await;
    let total: Result<Vec<i64>, Tracked> = oks.into_iter().collect();
    let n_err = errs.len() as i64;
    drop(errs);
    total.map(|v| v.iter().sum::<i64>()).unwrap_or(-1) * 10 + n_err
}
