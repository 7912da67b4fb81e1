// args:
// `BTreeMap` range iteration (`range(2..5)`, `range(..=k)`) with awaits in the loop body; values are Tracked borrowed across awaits.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let mut m = BTreeMap::new();
    for (i, n) in ["zero", "one", "two", "three", "four", "five"].iter().enumerate() {
        m.insert(i as i64, Tracked::new(n));
    }
    let mut acc = 0;
    for (k, v) in m.range(2..5) {
        acc += k * ready("len", v.len()).await;
    }
    let hi = ready("hi", 1).await;
    for (_k, v) in m.range(..=hi) {
        tick(v.name()).await;
        acc += 1000;
    }
    let first = m.pop_first().map(|(_, t)| t);
    tick("popped").await;
    acc + first.map_or(0, |t| t.len())
}
