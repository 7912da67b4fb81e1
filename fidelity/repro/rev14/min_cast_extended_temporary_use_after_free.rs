// args: 2
// UNSOUND (use after free; pre-existing at 94607c7, same area as lower/extended.rs and the raw-pointer homes).
// `let p = &Tracked::new("t") as *const Tracked;` extends the temporary (a cast's operand is an extending
// expression): async fn drops t at the end of f. The coroutine drops it at the `let`, before the first
// .await, then `(*p).len()` reads the freed value: coro ["new t", "drop t", "poll x", .., "len t", ..],
// async fn ["new t", "poll x", .., "len t", "len junk", "drop junk", "drop t"]. Same with the cast inside a
// braced struct literal (A5_extended_struct_field_raw.rs). The safe forms are refused with E0716 instead:
// `let r = &make() as &T;` (A2), `let t = (&make(), k);` (A3), `let (ref a, ref b) = duo(..);` (A6),
// `let ref r = x.await?;` (A9) — all valid Rust (extension through cast / tuple / ref patterns).
// Likely lower/extended.rs split_extended_temporary (only a top-level `&expr` initialiser is split).
fn f(k: i64) -> i64 {
    let p = &Tracked::new("t") as *const Tracked;
    tick("x").await;
    let junk = Tracked::new("junk");
    tick("y").await;
    unsafe { (*p).len() + k + junk.len() }
}
