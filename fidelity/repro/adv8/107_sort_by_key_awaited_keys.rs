// args:
// Keys computed with awaits into a Vec<(i64, Tracked)>, then `sort_by_key`, `dedup_by_key`, `retain`, iterated with awaits.
fn f() -> i64 {
    let names = ["ccc", "a", "bb", "a2", "dddd"];
    let mut items: Vec<(i64, Tracked)> = Vec::new();
    for n in names {
        let k = ready("key", n.len() as i64).await;
        items.push((k, Tracked::new(n)));
    }
    items.sort_by_key(|(k, _)| *k);
    items.dedup_by_key(|(k, _)| *k);
    items.retain(|(k, _)| *k < 4);
    let mut out = 0;
    for (k, t) in &items { out = out * 10 + ready(t.name(), *k).await; }
    out
}
