// args:
// Grouping into BTreeMap<String, Vec<Tracked>>, then `remove(key)` of groups in sorted key order with awaits; leftover groups drop with the map.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let mut groups: BTreeMap<String, Vec<Tracked>> = BTreeMap::new();
    for (k, n) in [("b", "b1"), ("a", "a1"), ("b", "b2"), ("c", "c1")] {
        groups.entry(k.to_string()).or_default().push(Tracked::new(n));
    }
    tick("grouped").await;
    let mut out = 0;
    for k in ["a", "b", "z"] {
        if let Some(items) = groups.remove(k) {
            out = out * 10 + ready("group", items.ilen()).await;
        }
    }
    tick("end").await;
    out
}
