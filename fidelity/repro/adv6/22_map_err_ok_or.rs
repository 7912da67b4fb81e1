// args:
// `map_err`, `ok_or`, `ok_or_else` and `and_then` on awaited values followed by `?`, in a #[co] fn returning Result<i64, String>.
fn f() -> i64 {
    let a = lookup(1).await.unwrap_or(-1);
    let b = lookup(4).await.unwrap_or(-2);
    let c = lookup(6).await.unwrap_or_else(|e| e.len() as i64);
    a * 10000 + b * 100 + c
}
fn find(k: i64) -> Ready<Option<Tracked>> { ready("find", if k % 2 == 1 { Some(Tracked::new("row")) } else { None }) }
#[co] fn lookup(k: i64) -> Result<i64, String> {
    let row = find(k).await.ok_or(format!("missing {k}")).or_else(|e| if k > 3 { Ok(Tracked::new("default")) } else { Err(e) })?;
    let n = ok_if(ready("check", k).await).map_err(|e| format!("checked: {e}"))?;
    let m = ready("opt", Some(n)).await.ok_or_else(|| "none".to_string()).and_then(|x| ok_if(x + 1))?;
    Ok(row.len() * 10 + m)
}
