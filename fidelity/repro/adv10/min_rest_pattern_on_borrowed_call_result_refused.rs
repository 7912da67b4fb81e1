// args: 2
// NEW (refusal; the async fn compiles); the scrutinee form of min_rest_pattern_on_reference_scrutinee_refused.rs:
// `match m.get(&1) { Some(Rec { id, .. }) => { tick().await; .. } None => .. }` is refused "coro: this `match`
// arm moves a part out of the value it matches and leaves other parts in it (under `..` ..)". `m.get` returns
// `Option<&Rec>`, so `id` is a `&i64` and nothing moves. (51.) Workaround: `Some(&Rec { ref id, .. })`.
fn f(k: i64) -> i64 {
    let mut m = std::collections::BTreeMap::new();
    m.insert(1, Rec { id: 10 + k, name: Tracked::new("m") });
    let mut n = 0;
    match m.get(&1) {
        Some(Rec { id, .. }) => { tick("hit").await; n += id; }
        None => {}
    }
    n
}
pub struct Rec { id: i64, name: Tracked }
