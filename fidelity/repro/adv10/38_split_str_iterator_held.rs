// args: 2
// `s.split(',').map(str::trim)` iterator borrowing a local String held across awaits; lines() with enumerate.
fn f(k: i64) -> i64 {
    let csv = String::from(" a, bb ,, ccc,d ");
    let mut parts = csv.split(',').map(str::trim).filter(|p| !p.is_empty());
    let first = parts.next().unwrap_or("");
    tick("first").await;
    let mut n = first.len() as i64;
    for p in parts.by_ref().take(k as usize) {
        n += ready("part", p.len() as i64).await;
    }
    let rest: Vec<&str> = parts.collect();
    let text = "x=1\ny=22\n#c\nz=333".to_string();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') { continue; }
        let (key, val) = line.split_once('=').unwrap();
        n += ready(if key == "x" { "x" } else { "kv" }, val.len() as i64 * i as i64).await;
    }
    n * 10 + rest.len() as i64
}
