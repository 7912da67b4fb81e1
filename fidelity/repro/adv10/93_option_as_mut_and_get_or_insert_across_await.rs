// args: 2
// `if let Some(x) = opt.as_mut()`, `opt.get_or_insert_with(..)` references held across awaits, `Option::insert`.
fn f(k: i64) -> i64 {
    let mut cache: Option<Vec<Tracked>> = None;
    let v = cache.get_or_insert_with(Vec::new);
    v.push(ready("a", Tracked::new("a")).await);
    if let Some(xs) = cache.as_mut() {
        tick("as_mut").await;
        xs.push(Tracked::new("b"));
    }
    let slot = cache.insert(vec![Tracked::new("fresh")]);
    slot.push(ready("c", Tracked::new("c")).await);
    let n = cache.as_ref().map_or(0, |v| v.len() as i64);
    let taken = cache.take();
    tick("taken").await;
    n * 10 + taken.map_or(0, |v| v.len() as i64) + k
}
