// args: 2
// Receivers made from a borrowed field, then awaited arguments: `map.get(&k).cloned().unwrap_or(load().await)`,
// `v.first().copied().unwrap_or(f().await)`, `s.trim().len() + f().await`.
fn f(k: i64) -> i64 {
    let mut m: BTreeMap<i64, String> = BTreeMap::new();
    m.insert(1, "one".into());
    let a = m.get(&k).cloned().unwrap_or(load(k).await);
    let v = vec![5i64];
    let b = v.first().copied().unwrap_or(ready("b", 0).await);
    let s = String::from("  pad  ");
    let c = s.trim().len() as i64 + ready("c", 1).await;
    let d = m.get(&1).map(|x| x.len()).unwrap_or(ready("d", 0).await as usize) as i64;
    a.len() as i64 * 1000 + b * 100 + c * 10 + d
}
use std::collections::BTreeMap;
#[co] fn load(k: i64) -> String { let _t = Tracked::new("load"); tick("load").await; format!("v{k}") }
