// args:
// Maintaining a sorted Vec of (key, Tracked) with binary_search_by_key + insert, values arriving by awaits.
fn f() -> i64 {
    let mut v: Vec<(i64, Tracked)> = Vec::new();
    for (k, name) in [(5, "e"), (1, "a"), (3, "c"), (3, "c2"), (9, "i")] {
        let k = ready("k", k).await;
        match v.binary_search_by_key(&k, |(kk, _)| *kk) {
            Ok(pos) => {
                let old = std::mem::replace(&mut v[pos].1, Tracked::new(name));
                tick("replace").await;
                drop(old);
            }
            Err(pos) => v.insert(pos, (k, Tracked::new(name))),
        }
    }
    let keys: Vec<i64> = v.iter().map(|(k, _)| *k).collect();
    tick("end").await;
    keys.iter().fold(0, |a, k| a * 10 + k)
}
