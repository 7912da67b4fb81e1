// args:
// Closures returning Result with `?` inside (not awaiting), called on awaited inputs; `?` on the closure's result in the coroutine.
fn f() -> i64 {
    run(&["1", "2", "x"]).await.unwrap_or_else(|e| e.len() as i64) * 100 + run(&["4", "5"]).await.unwrap_or(-1)
}
#[co] fn run(items: &[&str]) -> Result<i64, String> {
    let parse = |s: &str| -> Result<i64, String> {
        let n: i64 = s.parse().map_err(|_| format!("bad {s}"))?;
        Ok(n * 2)
    };
    let mut acc = 0;
    for it in items {
        let raw = ready("raw", *it).await;
        acc += parse(raw)?;
        tick("ok").await;
    }
    Ok(acc)
}
