// args: 1
// A user lookup: `let u = match cache.get(&k) { Some(u) => u, None => { fetch().await; &fallback } };` then used.
fn f(k: i64) -> i64 {
    use std::collections::BTreeMap;
    let fallback = String::from("guest");
    let mut cache: BTreeMap<i64, String> = BTreeMap::new();
    cache.insert(0, "admin".to_string());
    let u = match cache.get(&k) {
        Some(u) => u,
        None => { tick("fetch").await; &fallback }
    };
    let n = u.ilen();
    tick("after").await;
    n + cache.len() as i64 * 100
}
