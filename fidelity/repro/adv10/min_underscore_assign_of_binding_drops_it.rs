// args: 2
// NEW (silent). `_ = t;` (an underscore assignment, the 2021+ way to silence "unused" on a binding) does not
// move `t`: `_` binds nothing and `t` is a place, so Rust keeps `t` to the end of its scope. The coroutine
// drops it at the assignment: coro log ["new t", "drop t", "poll x", "poll x"], async fn ["new t", "poll x",
// "poll x", "drop t"]. (`let _ = t;` is right.) Likely the lowering of an assignment whose left side is `_`
// (lower/exprs.rs assignment / syntax::moves: the right side read as a moved operand).
// Workaround: `let _ = t;` or `let _ = &t;`.
fn f(k: i64) -> i64 {
    let t = Tracked::new("t");
    _ = t;
    tick("x").await;
    k
}
