// args: 2
// Word frequency over borrowed `&str` keys in a BTreeMap held across awaits, then top-k via sort_by with tie-breaks.
fn f(k: i64) -> i64 {
    let text = String::from("the cat and the hat and the bat sat");
    let mut freq: std::collections::BTreeMap<&str, i64> = std::collections::BTreeMap::new();
    for w in text.split_whitespace() {
        *freq.entry(w).or_insert(0) += ready("count", 1).await;
    }
    let mut top: Vec<(&str, i64)> = freq.iter().map(|(w, c)| (*w, *c)).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    tick("sorted").await;
    let picked: Vec<String> = top.iter().take(k as usize).map(|(w, c)| format!("{w}:{c}")).collect();
    log(picked.join(","));
    picked.iter().map(|s| s.len() as i64).sum::<i64>() + freq.len() as i64
}
