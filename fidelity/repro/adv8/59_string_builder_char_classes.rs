// args:
// A word-frequency port: lowercase, split on non-alphanumerics, count into BTreeMap<String, i64>, top words awaited in order.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let text = "The cat; the DOG, the cat! a dog? A.";
    let mut freq: BTreeMap<String, i64> = BTreeMap::new();
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *freq.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    tick("counted").await;
    let mut top: Vec<(&String, &i64)> = freq.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut out = 0;
    for (w, n) in top.iter().take(3) {
        out = out * 100 + ready("word", w.ilen() * 10 + **n).await;
    }
    out
}
