// args:
// BTreeMap entry API with awaited values: `*m.entry(k).or_insert(0) += f().await`, `or_insert_with`, `and_modify`, then get_mut across awaits.
fn f() -> i64 {
    let mut m: BTreeMap<&'static str, i64> = BTreeMap::new();
    for w in ["a", "b", "a", "c", "a"] {
        *m.entry(w).or_insert(0) += ready(w, 1).await;
    }
    m.entry("d").or_insert_with(|| { log("init d"); 10 });
    m.entry("a").and_modify(|v| *v *= 10).or_insert(0);
    if let Some(v) = m.get_mut("b") {
        *v += ready("bump", 5).await;
    }
    let mut out = 0;
    for (k, v) in &m {
        tick(*k).await;
        out = out * 10 + v % 10;
    }
    out + m["a"]
}
use std::collections::BTreeMap;
