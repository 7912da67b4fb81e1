// args:
// HashMap entry API, Option combinators, iterator chains across awaits.
fn f() -> i64 {
    use std::collections::HashMap;
    let mut counts: HashMap<String, i64> = HashMap::new();
    let words = vec!["a", "bb", "a", "ccc", "bb", "a"];
    for w in &words {
        let k = ready("k", w.to_string()).await;
        *counts.entry(k).or_insert(0) += 1;
    }
    let best = counts.get("a").copied().unwrap_or(0);
    let missing = counts.get("zz").map(|v| v * 10).unwrap_or_default();
    tick("t").await;
    let mut keys: Vec<_> = counts.keys().cloned().collect();
    keys.sort();
    let total: i64 = keys.iter().map(|k| counts[k]).sum();
    best * 100 + missing + total + keys.len() as i64
}
