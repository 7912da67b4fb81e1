// args:
// `HashMap<String, Vec<Tracked>>` (deterministic hasher) entry API across awaits (awaited key, or_default().push), then sorted keys read.
fn f() -> i64 {
    use std::collections::HashMap;
    let mut groups: HashMap<String, Vec<Tracked>, std::hash::BuildHasherDefault<std::collections::hash_map::DefaultHasher>> = HashMap::default();
    let words = ["ab", "cd", "efg", "h", "ij"];
    for w in words {
        let key = ready("key", format!("len{}", w.len())).await;
        groups.entry(key).or_default().push(Tracked::new(w));
        tick("inserted").await;
    }
    let mut keys: Vec<&String> = groups.keys().collect();
    keys.sort();
    let mut score = 0;
    for k in keys {
        score = score * 10 + groups[k].ilen();
        tick("k").await;
    }
    let removed = groups.remove("len2").map_or(0, |v| v.ilen());
    tick("removed").await;
    score * 10 + removed
}
