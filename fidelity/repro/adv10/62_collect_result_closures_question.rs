// args: 3
// collect::<Result<Vec<_>, _>>()? from a closure map, then awaits; try_fold; sum of Options.
fn f(k: i64) -> Result<i64, String> {
    let raw = vec!["1", "2", if k > 2 { "x" } else { "3" }];
    let t = Tracked::new("t");
    let nums: Vec<i64> = raw.iter().map(|s| s.parse::<i64>().map_err(|e| format!("{s}: {e}"))).collect::<Result<_, _>>()?;
    tick("parsed").await;
    let total = nums.iter().try_fold(0i64, |acc, &x| acc.checked_add(x)).ok_or("overflow")?;
    let opt: Option<i64> = [Some(1), Some(ready("o", 2).await)].into_iter().sum();
    let v = check(total).await?;
    Ok(v + opt.unwrap_or(0) + t.len())
}
#[co] fn check(n: i64) -> Result<i64, String> {
    tick("check").await;
    if n > 100 { Err(String::from("too big")) } else { Ok(n * 2) }
}
