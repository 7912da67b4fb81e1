// args:
// MIN (refusal, NEW): a `ref` binding (or a `&`) of a block-like value, extended by the
// `let`, used after a later `.await`: `let ref r = { Tracked::new("t4") }; tick().await;
// log(r.name());`. Also refused: `let ref r = { ready(..).await };`, `let ref r = if
// ready(..).await { Tracked::new(..) } else { .. };`, `let r = &{ ready(..).await };`
// (E0716 and E0505). Found 6 times in 600 programs of `--classes ci,<the nine gen14
// classes> --seed 81` (program seeds 17270983900790290369, 5924351506423171189,
// 16085841715581320004, 12138596947866693742, 4105339359989241712, 11046706727312376376:
// each `let ref rN = { .. } / if .. { .. } else { .. }; tick().await; log(rN.name());`).
// coro: error[E0716]: temporary value dropped while borrowed (at this `let`'s line; at the
// attribute, line 2, when the block suspends); async fn: compiles, runs (the block's value
// is a temporary the `let` extends to the enclosing block's end). `let ref r =
// Tracked::new(..);`, `let ref r = ready(..).await;` and `let b = &*Box::new(t);` pass.
// Likely transform file: macros/transform/src/lower/extended.rs (temporary lifetime
// extension: an extended temporary that is a block/`if`/`match` value is not given a home).
// Generator: --classes ci,ref-binding-extended.
fn f() -> i64 {
    let ref r = { Tracked::new("t4") };
    tick("r6").await;
    log(r.name());
    0
}
