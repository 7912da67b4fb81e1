// args: 0
// MISMATCH: a `move` closure literal called in place with an awaited argument (`(move |x| x + t.len())(f().await)`):
// Rust drops the closure (and the Tracked it owns) at the end of its statement; the coroutine keeps it until the
// next suspension of a later statement. The same for an awaited closure called with an awaited argument,
// `(ready("c", move |x| x + t.len()).await)(g().await)` (116). Related: min_temporary_callee_dropped_early.rs.
// coro:     ["new cap", "poll a", "poll a", "len cap", "new later", "len later", "drop cap", "poll b", "poll b", "drop later"]
// async fn: ["new cap", "poll a", "poll a", "len cap", "drop cap", "new later", "len later", "poll b", "poll b", "drop later"]
fn f(k: i64) -> i64 {
    let t = Tracked::new("cap");
    let a = (move |x: i64| x + t.len())(ready("a", k).await);
    let l = Tracked::new("later");
    a + ready("b", l.len()).await
}
