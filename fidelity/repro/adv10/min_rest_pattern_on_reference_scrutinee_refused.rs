// args: 2
// NEW (refusal; the async fn compiles). A struct pattern with `..` matched against a REFERENCE (a `for r in &v`
// binding, a `map.get(..)` result) binds by reference (default binding modes) and moves nothing, yet the
// coroutine refuses it wherever the arm suspends: "coro: this pattern moves a part out of `r` and leaves the
// parts under `..` in it .. Write a `_` for each part instead of `..`" (and for `match m.get(&k) { Some(Rec {
// id, .. }) => { f().await; .. } }`: "this `match` arm moves a part out of the value it matches .."). Real
// code matches references like this all the time (16, 21, 51). A `&Rec` parameter (the type is written)
// passes. Workaround: write `&Rec { id, .. }` / `Some(&Rec { ref id, .. })`, or name every field with `_`.
fn f(k: i64) -> i64 {
    let v = vec![Rec { id: k, name: Tracked::new("r") }];
    let mut m = std::collections::BTreeMap::new();
    m.insert(1, Rec { id: 10, name: Tracked::new("m") });
    let mut n = 0;
    for r in &v {
        match r {
            Rec { id, .. } => { tick("t").await; n += id; }
        }
    }
    match m.get(&1) {
        Some(Rec { id, .. }) => { tick("hit").await; n += id; }
        None => {}
    }
    n
}
pub struct Rec { id: i64, name: Tracked }
