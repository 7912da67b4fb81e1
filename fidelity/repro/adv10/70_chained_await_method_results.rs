// args: 2
// Chains on awaited values: `.await.unwrap().len()`, `.await?.trim().to_string()`, `.await.as_ref().map(..)`.
fn f(k: i64) -> Result<i64, String> {
    let a = ready("a", Some(Tracked::new("a"))).await.unwrap().len();
    let b = fetch(k).await?.trim().to_string();
    let c = ready("c", Some(Tracked::new("c"))).await.as_ref().map(|t| t.len()).unwrap_or(0);
    let d = ready("d", vec![Tracked::new("d")]).await.first().map(|t| t.name().len() as i64).unwrap_or(0) + ready("d2", 1).await;
    Ok(a * 1000 + b.len() as i64 * 100 + c * 10 + d)
}
#[co] fn fetch(k: i64) -> Result<String, String> {
    tick("fetch").await;
    if k > 5 { Err("no".into()) } else { Ok(format!("  {}  ", "x".repeat(k as usize))) }
}
