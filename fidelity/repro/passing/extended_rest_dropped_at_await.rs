// args:
// extended-field, mismatch (program seed 11063396764167746198, reduced): a
// `let` that borrows a field of an awaited value extends the whole value to
// the block's end; the coroutine drops the rest (t3) at the next suspension.
// With `r` used after it, E0716/E0505 (ARCHITECTURE known limit 3).
fn f() -> i64 {
    let r: &Tracked = &ready("r1", pair_of("t2", "t3")).await.a;
    log(r.name());
    tick("r4").await;
    0
}
