// args:
// A memo cache: `if let Some(v) = cache.get(&k) { *v } else { compute(k).await; insert }`, keys repeat; BTreeMap entries.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let mut cache: BTreeMap<i64, i64> = BTreeMap::new();
    let mut hits = 0;
    let mut sum = 0;
    for k in [3, 1, 3, 2, 1, 3] {
        let v = if let Some(v) = cache.get(&k) {
            hits += 1;
            *v
        } else {
            let v = compute(k).await;
            cache.insert(k, v);
            v
        };
        sum += v;
    }
    hits * 1000 + sum
}
#[co] fn compute(k: i64) -> i64 {
    let _g = Tracked::new("compute");
    tick("slow").await;
    k * k
}
