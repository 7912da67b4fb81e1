// args:
// Indexing and inserting with awaited operands; two-phase borrows with awaits.
fn f() -> i64 {
    use std::collections::BTreeMap;
    let mut v = vec![10i64, 20, 30];
    let a = v[ready("i", 1usize).await];
    v[ready("j", 0usize).await] = ready("val", 5).await;
    v.push(ready("len", v.len() as i64).await);
    let mut m = BTreeMap::new();
    m.insert(ready("k", "key").await, ready("v", Tracked::new("val")).await);
    let mut s = String::from("s");
    s += &ready("more", String::from("tr")).await;
    s.push_str(&format!("{}", ready("f", 1).await));
    a + v.iter().sum::<i64>() + m.len() as i64 + s.len() as i64
}
