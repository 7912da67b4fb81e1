// args: 2
// NEW (refusal; the async fn compiles). A struct pattern with `..` matched against a REFERENCE binds by
// reference (default binding modes) and moves nothing, yet the coroutine refuses it wherever the arm suspends.
// `for r in &v { match r { Rec { id, .. } => { f().await; .. } } }` (also `v.iter()`, a `for e in evs.iter()`
// over an enum with `Ev::Key(code, ..)`): "coro: this pattern moves a part out of `r` and leaves the parts
// under `..` in it .. Write a `_` for each part instead of `..`". `match m.get(&1) { Some(Rec { id, .. }) =>
// { f().await; .. } }`: "coro: this `match` arm moves a part out of the value it matches and leaves other
// parts in it ..". (16, 21, 51, 103.) A parameter typed `&Rec` passes. The macro cannot see the type; the
// ledger (limits 1 and 7) says the check is "stricter than the difference where the parts under `..` have no
// drop glue", not that it refuses references; the message's advice (a `_` per part) also works.
// Likely split/owned.rs and split/leftover_names.rs (the check does not know the scrutinee is a reference).
// Workaround: `&Rec { ref id, .. }`, `Some(&Rec { ref id, .. })` (101), or a `_` per field.
fn f(k: i64) -> i64 {
    let v = vec![Rec { id: k, name: Tracked::new("r") }];
    let mut n = 0;
    for r in &v {
        match r {
            Rec { id, .. } => { tick("t").await; n += id; }
        }
    }
    n
}
pub struct Rec { id: i64, name: Tracked }
