// args:
// HashMap word counts built across awaits, then keys collected and sorted (deterministic), `retain`, `remove` returning Tracked.
fn f() -> i64 {
    let mut counts: HashMap<String, i64> = HashMap::new();
    let mut owners: HashMap<i64, Tracked> = HashMap::new();
    let text = ready("text", "the cat the dog a cat the").await;
    for (i, w) in text.split(' ').enumerate() {
        *counts.entry(w.to_string()).or_default() += 1;
        if i % 2 == 0 { owners.insert(i as i64, Tracked::new("owner")); }
        tick("word").await;
    }
    counts.retain(|_, c| *c > 1);
    let mut keys: Vec<_> = counts.keys().cloned().collect();
    keys.sort();
    tick("sorted").await;
    let removed = owners.remove(&2).map(take).unwrap_or(0);
    let mut score = 0;
    for k in &keys { score = score * 10 + counts[k]; }
    score * 10 + removed
}
use std::collections::HashMap;
