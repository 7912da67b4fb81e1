// args:
// `v.push(f().await)`, `v.insert(0, f().await)`, `v.push(v.len() + f().await)`, `m.insert(k, f().await)` on a BTreeMap, with Tracked elements.
fn f() -> i64 {
    let mut v: Vec<Tracked> = Vec::new();
    v.push(ready("a", Tracked::new("a")).await);
    v.insert(0, ready("b", Tracked::new("bb")).await);
    let mut lens: Vec<i64> = Vec::new();
    lens.push(lens.len() as i64 + ready("c", 5).await);
    lens.push(lens.len() as i64 + ready("d", 7).await);
    let mut m = BTreeMap::new();
    m.insert(v.len() as i64, ready("e", Tracked::new("eee")).await);
    let old = m.insert(2, ready("f", Tracked::new("ffff")).await);
    v.len() as i64 * 1000 + lens.iter().sum::<i64>() * 10 + old.map_or(0, |t| t.len())
}
use std::collections::BTreeMap;
