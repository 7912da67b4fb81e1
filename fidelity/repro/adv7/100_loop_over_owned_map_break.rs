// args:
// `for (k, v) in btreemap` (owned into_iter of Tracked values) with an await and a `break` on a key: the rest dropped at the break.
fn f() -> i64 {
    let mut m = std::collections::BTreeMap::new();
    m.insert(1, Tracked::new("one"));
    m.insert(2, Tracked::new("two"));
    m.insert(3, Tracked::new("three"));
    let mut acc = 0;
    for (k, v) in m {
        acc += ready("v", v.len()).await;
        if k == 2 { break; }
    }
    tick("after").await;
    acc
}
