// args:
// for (k, v) in &map and map.iter_mut() with awaits in the body; find on iter_mut.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let mut m: BTreeMap<&'static str, i64> = BTreeMap::new();
    m.insert("a", 1);
    m.insert("b", 2);
    let mut s = 0;
    for (k, v) in &m {
        tick(k).await;
        s += v;
    }
    for (_, v) in m.iter_mut() {
        *v += ready("inc", 10).await;
    }
    let mut xs = vec![1i64, 5, 9];
    if let Some(x) = xs.iter_mut().find(|x| **x > 3) {
        *x += ready("found", 100).await;
    }
    s + m.values().sum::<i64>() + xs.iter().sum::<i64>()
}
