// args: 2
// Closures capturing awaited thresholds by reference inside iterator adapters, evaluated after further awaits.
fn f(k: i64) -> i64 {
    let items = vec![Tracked::new("a"), Tracked::new("bbb"), Tracked::new("cc"), Tracked::new("dddd")];
    let min = ready("min", k).await;
    let names = vec!["x"];
    let long = |t: &&Tracked| t.len() >= min;
    let picked: Vec<&Tracked> = items.iter().filter(long).collect();
    tick("t").await;
    let mut sorted: Vec<&Tracked> = picked.clone();
    let key_off = ready("off", 10).await;
    sorted.sort_by_key(|t| key_off - t.len());
    let first = sorted.first().map(|t| t.name()).unwrap_or("none");
    log(format!("first {first} {}", names.len()));
    picked.len() as i64 * 100 + sorted.iter().map(|t| t.len()).sum::<i64>()
}
