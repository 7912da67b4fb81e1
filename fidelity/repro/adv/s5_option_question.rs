// args: vec![1i64, 2, 3]
// `?` on Option in a coroutine returning Option; early returns with awaits.
fn f(v: Vec<i64>) -> Option<i64> {
    let t = Tracked::new("t");
    let first = *v.first()?;
    let second = ready("s", v.get(1).copied()).await?;
    let third = lookup(v.get(2).copied()).await?;
    if third > 10 {
        return None;
    }
    let missing = lookup(v.get(9).copied()).await;
    Some(first + second + third + missing.unwrap_or(100) + t.len())
}

#[co] fn lookup(k: Option<i64>) -> Option<i64> {
    let k = k?;
    tick("lk").await;
    Some(k * 3)
}
