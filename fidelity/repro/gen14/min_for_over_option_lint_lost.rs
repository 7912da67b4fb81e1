// args:
// MIN (lost lint, not a failure): `for _ in opt_trk("e", true) { tick().await; }`: the
// `async fn` has rustc's `for_loops_over_fallibles` warning ("for loop over an `Option`.
// This is more readably written as an `if let` statement"), the coroutine has none. Likely
// transform file: macros/transform/src/lower/loops.rs (the loop is lowered to an
// `IntoIterator::into_iter(..)` call and `next()` matches, which the lint does not see).
// Generator: `for-underscore` draws it (counted as lost-lints).
fn f() -> i64 {
    for _ in opt_trk("e", true) {
        tick("u").await;
    }
    0
}
