// args: 2
// Inventory in a BTreeMap<String, Vec<Tracked>>: entry API, range queries, retain, with awaits between operations.
fn f(k: i64) -> i64 {
    let mut inv: std::collections::BTreeMap<String, Vec<Tracked>> = std::collections::BTreeMap::new();
    for (name, item) in [("apple", "a1"), ("banana", "b1"), ("apple", "a2"), ("cherry", "c1")] {
        let qty = ready("stock", 1).await;
        let e = inv.entry(name.to_string()).or_default();
        for _ in 0..qty { e.push(Tracked::new(item)); }
    }
    let in_range: i64 = inv.range("b".to_string().."d".to_string()).map(|(_, v)| v.len() as i64).sum();
    tick("range").await;
    inv.retain(|name, v| { v.len() as i64 >= k || name.starts_with('c') });
    let left = inv.keys().cloned().collect::<Vec<_>>().join(",");
    log(left);
    in_range * 10 + inv.values().map(|v| v.len() as i64).sum::<i64>()
}
