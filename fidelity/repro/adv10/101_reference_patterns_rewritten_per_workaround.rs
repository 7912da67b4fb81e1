// args: 2
// The workaround of min_rest_pattern_on_reference_scrutinee_refused.rs (`&Rec { ref id, .. }`): compiles and passes.
fn f(k: i64) -> i64 {
    let v = vec![Rec { id: k, name: Tracked::new("r") }];
    let mut m = std::collections::BTreeMap::new();
    m.insert(1, Rec { id: 10, name: Tracked::new("m") });
    let mut n = 0;
    for r in &v {
        match r {
            &Rec { ref id, .. } => { tick("t").await; n += id; }
        }
    }
    match m.get(&1) {
        Some(&Rec { ref id, .. }) => { tick("hit").await; n += id; }
        None => {}
    }
    n
}
pub struct Rec { id: i64, name: Tracked }
