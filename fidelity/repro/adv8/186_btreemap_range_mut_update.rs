// args:
// Time-series bucket update: BTreeMap<i64, Vec<Tracked>> `range_mut(lo..hi)` iterated with awaits, then `split_off`, `first_key_value`.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let mut buckets: BTreeMap<i64, Vec<Tracked>> = BTreeMap::new();
    for (ts, name) in [(1, "e1"), (5, "e5"), (9, "e9"), (5, "e5b")] {
        buckets.entry(ts).or_default().push(Tracked::new(name));
    }
    let mut touched = 0;
    for (ts, evs) in buckets.range_mut(2..10) {
        tick("bucket").await;
        if *ts > 6 { evs.push(Tracked::new("late")); }
        touched += evs.ilen();
    }
    let later = buckets.split_off(&6);
    let first = ready("first", *buckets.first_key_value().map(|(k, _)| k).unwrap_or(&-1)).await;
    touched * 100 + later.len() as i64 * 10 + first
}
