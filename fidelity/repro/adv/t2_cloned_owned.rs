// args:
// map.get(k).cloned(), v.first().copied(), held across awaits and used after.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let mut m: BTreeMap<String, String> = BTreeMap::new();
    m.insert("a".into(), "alpha".into());
    let v = vec![5i64, 6];
    let got = m.get("a").cloned();
    let first = v.first().copied();
    tick("a").await;
    m.insert("b".into(), "beta".into());
    let mut v = v;
    v.push(7);
    tick("b").await;
    got.map(|s| s.len() as i64).unwrap_or(0) + first.unwrap_or(0) + v.len() as i64 + m.len() as i64
}
