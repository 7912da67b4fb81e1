// args: 2
fn f(k: i64) -> i64 {
    let mut m: HashMap<i64, i64> = HashMap::new();
    *m.entry(k).or_insert(ready("a", 1).await) += 10;
    *m.entry(k).or_insert(ready("b", 2).await) += ready("c", 100).await;
    tick("x").await;
    let moved = m;
    moved[&k]
}
use std::collections::HashMap;
