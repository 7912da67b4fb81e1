// args:
// `BTreeMap::iter_mut` and `values_mut` with awaits inside; entry().or_insert_with(Tracked) with an awaited key.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let mut m: BTreeMap<&'static str, (i64, Tracked)> = BTreeMap::new();
    for k in ["b", "a", "c"] {
        let key = ready("k", k).await;
        m.entry(key).or_insert_with(|| (0, Tracked::new(k))).0 += 1;
    }
    m.entry(ready("again", "a").await).or_insert_with(|| (0, Tracked::new("dup"))).0 += 5;
    for (k, v) in m.iter_mut() {
        v.0 += ready(k, v.1.len()).await;
    }
    let mut s = 0;
    for v in m.values_mut() {
        tick("v").await;
        v.0 *= 2;
        s = s * 100 + v.0;
    }
    s
}
