// args: 1
// Option/Result combinator chains (`and_then`, `filter`, `ok_or`, `map_err`) on awaited values, closure capturing a Tracked by ref.
fn f(k: i64) -> i64 {
    let limit = Tracked::new("limit");
    let raw = ready("raw", if k > 0 { Some("42") } else { None }).await;
    let parsed: Result<i64, String> = raw
        .and_then(|s| s.parse::<i64>().ok())
        .filter(|n| *n > limit.len())
        .ok_or("missing".to_string());
    tick("parsed").await;
    let v = parsed.map_err(|e| e.len() as i64).unwrap_or_else(|e| -e);
    ready("done", v).await + limit.len()
}
