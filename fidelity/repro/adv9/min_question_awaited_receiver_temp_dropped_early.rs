// args: 0
// MISMATCH: `fetch().await?.len()` as an operand before a later `.await` of the same statement: the value of the `?`
// is a temporary autoref'd by `.len()`, which Rust keeps to the statement's end; the coroutine drops it before the
// later await. KNOWN: limit 2, "such a value between two `.await`s of the statement (`f().await +
// make().as_guard().len() + g().await`) ... drops when the operand using it is evaluated, silently": the `?` value is
// made from the awaited temporary. Also `mk().await.unwrap().len() + g().await` (41). Common in client code
// (`resp.await?.text()` beside another await), and `?`/`unwrap` consume the awaited value, so nothing borrows it.
// coro:     [.. "new ok", "len ok", "drop ok", "poll x", "poll x"]
// async fn: [.. "new ok", "len ok", "poll x", "poll x", "drop ok"]
fn f(k: i64) -> Result<i64, i64> {
    let b = add3(fetch().await?.len(), k, ready("x", 1).await);
    Ok(b)
}
#[co] fn fetch() -> Result<Tracked, i64> {
    Ok(Tracked::new("ok"))
}
