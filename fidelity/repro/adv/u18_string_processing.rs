// args: String::from("a=1;b=22;c=;d=4")
// Parsing key=value pairs with split/filter_map/collect into a Vec, awaiting per entry.
fn f(text: String) -> Result<i64, String> {
    let pairs: Vec<(&str, &str)> = text.split(';').filter_map(|kv| kv.split_once('=')).collect();
    let mut total = 0;
    for (k, v) in pairs.iter() {
        let v = v.trim();
        if v.is_empty() {
            log(format!("skip {k}"));
            continue;
        }
        let n: i64 = v.parse().map_err(|e| format!("{k}: {e}"))?;
        total += ready("k", n).await;
    }
    let keys = pairs.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(",");
    tick("done").await;
    Ok(total * 100 + keys.len() as i64)
}
