// args:
// Word counting with `HashMap<&str, i64>` across awaits, then `into_iter().collect::<Vec<_>>()` sorted by (count desc, word).
fn f() -> i64 {
    use std::collections::HashMap;
    let text = "the cat and the dog and the bird";
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += ready("w", 1).await;
    }
    tick("counted").await;
    let mut v: Vec<(&str, i64)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top = ready("top", v[0]).await;
    log(format!("{v:?}"));
    top.1 * 100 + v.ilen() * 10 + top.0.ilen()
}
