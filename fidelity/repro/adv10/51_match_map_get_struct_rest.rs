// args: 2
// `match map.get(&k)` with `Some(Rec { id, .. })` arms that await: the scrutinee is a reference, nothing moves.
fn f(k: i64) -> i64 {
    let mut m = BTreeMap::new();
    m.insert(1, Rec { id: 10, name: Tracked::new("r1") });
    m.insert(2, Rec { id: 20, name: Tracked::new("r2") });
    let mut n = 0;
    for key in [1, k, 3] {
        match m.get(&key) {
            Some(Rec { id, .. }) => { n += ready("hit", *id).await; }
            None => { tick("miss").await; n += 1000; }
        }
    }
    n
}
use std::collections::BTreeMap;
pub struct Rec { id: i64, name: Tracked }
