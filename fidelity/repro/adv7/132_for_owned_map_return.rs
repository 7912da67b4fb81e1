// args:
// `for (k, v) in btreemap` (owned) in a #[co] fn returning on a found key after an await: the map's remaining entries drop at the return.
fn f() -> i64 {
    let mut m = std::collections::BTreeMap::new();
    for (i, n) in ["a", "b", "c", "d"].iter().enumerate() { m.insert(i as i64, Tracked::new(n)); }
    let r = find_key(m, 1).await;
    tick("after").await;
    r
}
#[co] fn find_key(m: std::collections::BTreeMap<i64, Tracked>, key: i64) -> i64 {
    for (k, v) in m {
        if k == key {
            let n = ready("found", v.len()).await;
            return n * 100 + k;
        }
    }
    -1
}
