// args: 2
// NEW (silent). `_ = f().await;` discards the awaited value: Rust drops it at the `;` (a temporary of the
// statement). The coroutine keeps it to the next suspension of a later statement: coro log ["new b",
// "poll b", "poll b", "new t", "drop b", "poll x" ..], async fn ["new b", "poll b", "poll b", "drop b",
// "new t", "poll x" ..]. (`let _ = f().await;` is right; so is `_ = take(f().await) + g().await;`.)
// Related to min_underscore_assign_of_binding_drops_it.rs (same statement form).
// Workaround: `let _ = f().await;` or `drop(f().await);`.
fn f(k: i64) -> i64 {
    _ = ready("b", Tracked::new("b")).await;
    let t = Tracked::new("t");
    tick("x").await;
    k + t.len()
}
