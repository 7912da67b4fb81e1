// args: 0
// MISMATCH: `fetch().await?.len()` as an operand before a later `.await` of the same statement: the value of the `?`
// is a temporary autoref'd by `.len()`, which Rust keeps to the statement's end; the coroutine drops it before the
// later await (ledger limit 2 lists `?` values and `f().await.len()` as handled; the combination is not).
// coro:     [.. "new ok", "len ok", "drop ok", "poll x", "poll x"]
// async fn: [.. "new ok", "len ok", "poll x", "poll x", "drop ok"]
fn f(k: i64) -> Result<i64, i64> {
    let b = add3(fetch().await?.len(), k, ready("x", 1).await);
    Ok(b)
}
#[co] fn fetch() -> Result<Tracked, i64> {
    Ok(Tracked::new("ok"))
}
