// args:
// `Result<Option<T>, E>` from an awaited call handled with `?` then `match`, `if let Some`, and `.transpose()`.
fn f() -> i64 {
    let mut s = 0;
    for k in 0..5 {
        s = s * 10 + handle(k).await.unwrap_or(9);
    }
    s
}
fn get(k: i64) -> Ready<Result<Option<Tracked>, String>> {
    ready("get", match k { 0 => Ok(None), 1 => Ok(Some(Tracked::new("v1"))), 2 => Err("boom".into()), _ => Ok(Some(Tracked::new("vvv"))) })
}
#[co] fn handle(k: i64) -> Result<i64, String> {
    let got = get(k).await?;
    let n = match got {
        Some(t) if t.len() > 2 => { tick("long").await; t.len() }
        Some(t) => take(t),
        None => return Ok(0),
    };
    let extra: Option<i64> = Some(ok_if(n)).transpose()?;
    if let Some(e) = extra { tick("extra").await; Ok(n + e) } else { Ok(n) }
}
