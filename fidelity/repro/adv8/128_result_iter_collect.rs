// args:
// Collecting `Result<Vec<i64>, String>` from an iterator of parses after awaits; `?`-free match; `sum::<Result<..>>`.
fn f() -> i64 {
    let good = ready("g", vec!["1", "2", "3"]).await;
    let bad = ready("b", vec!["4", "x"]).await;
    let a: Result<Vec<i64>, String> = good.iter().map(|s| s.parse::<i64>().map_err(|e| e.to_string())).collect();
    let b: Result<Vec<i64>, String> = bad.iter().map(|s| s.parse::<i64>().map_err(|e| e.to_string())).collect();
    tick("mid").await;
    let s: Result<i64, std::num::ParseIntError> = good.iter().map(|s| s.parse::<i64>()).sum();
    match (a, b) {
        (Ok(v), Err(e)) => v.iter().sum::<i64>() * 100 + e.ilen() + s.unwrap_or(0) * 1000,
        _ => -1,
    }
}
