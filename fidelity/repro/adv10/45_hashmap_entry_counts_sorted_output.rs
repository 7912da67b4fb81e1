// args: 2
// Word counts with HashMap entry API across awaits, output sorted (order-independent), values Tracked.
fn f(k: i64) -> i64 {
    let words = ["a", "b", "a", "c", "b", "a"];
    let mut counts: HashMap<&str, (i64, Vec<Tracked>)> = HashMap::new();
    for w in words.iter().take(3 + k as usize) {
        let e = counts.entry(w).or_insert_with(|| (0, Vec::new()));
        e.0 += ready("count", 1).await;
        e.1.push(Tracked::new("occ"));
    }
    let mut v: Vec<(&str, i64)> = counts.iter().map(|(k, (n, _))| (*k, *n)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    tick("sorted").await;
    let top = v.first().map(|(w, n)| w.len() as i64 * 100 + n).unwrap_or(0);
    let removed = counts.remove("a").map(|(_, ts)| ts.len() as i64).unwrap_or(0);
    let mut keys: Vec<_> = counts.into_keys().collect();
    keys.sort();
    tick("end").await;
    top * 100 + removed * 10 + keys.len() as i64
}
use std::collections::HashMap;
