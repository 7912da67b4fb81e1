// args: 3
// Option<Result<..>>::transpose, flatten, zip, xor, and `?` on both inside a Result-returning coroutine.
fn f(k: i64) -> Result<Option<i64>, String> {
    let a: Option<Result<i64, String>> = if k > 0 { Some(ready("a", Ok(k)).await) } else { None };
    let a = a.transpose()?;
    let nested = ready("n", Some(Some(k * 2))).await.flatten();
    let z = a.zip(nested).map(|(x, y)| x + y);
    let x = Some(1).xor(ready("x", None::<i64>).await);
    let t = Tracked::new("t");
    let r: Result<Option<i64>, String> = z.map(|v| check(v)).transpose();
    tick("end").await;
    Ok(r?.map(|v| v + x.unwrap_or(0) + t.len()))
}
fn check(v: i64) -> Result<i64, String> { if v > 10 { Err(format!("{v} too big")) } else { Ok(v) } }
