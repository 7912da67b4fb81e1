// args:
// BTreeMap entry `and_modify(..).or_insert(..)` with awaited values; `retain` on the map; `first_key_value` after awaits.
fn f() -> i64 {
    let mut m: std::collections::BTreeMap<&str, Vec<Tracked>> = std::collections::BTreeMap::new();
    for (k, n) in [("x", "x1"), ("y", "y1"), ("x", "x2"), ("z", "z1"), ("x", "x3")] {
        let t = ready("mk", Tracked::new(n)).await;
        m.entry(k).and_modify(|v| v.push(Tracked::new("mod"))).or_insert_with(Vec::new).push(t);
    }
    tick("built").await;
    m.retain(|_, v| v.len() > 1);
    tick("retained").await;
    let first = m.first_key_value().map_or(0, |(_, v)| v.ilen());
    first * 10 + m.len() as i64
}
