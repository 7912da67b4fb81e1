// args:
// Gathering results of awaited calls into Vec<Result<..>>, then `collect::<Result<Vec<_>,_>>()?` and partition.
fn f() -> i64 {
    let a = batch(&[1, 2, 3]).await.unwrap_or(-1);
    let b = batch(&[1, 6, 13]).await.unwrap_or(-1);
    a * 100 + b
}
#[co] fn batch(ks: &[i64]) -> Result<i64, String> {
    let mut rs = Vec::new();
    for k in ks {
        rs.push(ok_if(ready("k", *k).await));
    }
    let (oks, errs): (Vec<_>, Vec<_>) = rs.iter().cloned().partition(|r| r.is_ok());
    log(format!("oks {} errs {}", oks.len(), errs.len()));
    tick("partitioned").await;
    let all: Vec<i64> = rs.into_iter().collect::<Result<Vec<_>, _>>()?;
    Ok(all.iter().sum())
}
