// args:
// MIN (refusal, NEW): `let ref r = { .. f().await .. };` (a `ref` binding of a block whose
// value is awaited), `r` used after a later `.await`. Found 3 times in 600 programs of
// `--classes ci,<the nine gen14 classes> --seed 81` (program seeds 17270983900790290369,
// 5924351506423171189, 16085841715581320004; each `let ref rN = { ..; let tv: Tracked =
// ready(..).await; ..; tv }; tick().await; log(rN.name());`).
// coro: error[E0716]: temporary value dropped while borrowed (at the attribute, line 2);
// async fn: compiles, runs (the block's value is a temporary the `let ref` extends to the
// enclosing block's end). `let ref r = Tracked::new(..);`, `let ref r = make_place;` and
// `let b = &*Box::new(t);` pass. Likely transform file: macros/transform/src/lower/extended.rs
// (temporary lifetime extension: a `ref` binding pattern of a block-valued initializer that
// suspends is not extended the way `let r = &{ .. };` / `let ref r = call();` are).
// Generator: --classes ci,ref-binding-extended.
fn f() -> i64 {
    let ref r = { ready("r2", Tracked::new("t4")).await };
    tick("r6").await;
    log(r.name());
    0
}
