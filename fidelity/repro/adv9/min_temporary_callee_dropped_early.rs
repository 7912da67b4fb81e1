// args: 0
// MISMATCH: a temporary callee (a closure returned by a call) called with an argument, in a statement with a later
// `.await`: Rust calls `Fn::call(&tmp, ..)` and keeps the callee temporary to the end of the statement; the coroutine
// drops it right after the call, before the later await.
// coro:     ["new made", "len made", "drop made", "poll c", "poll c"]
// async fn: ["new made", "len made", "poll c", "poll c", "drop made"]
fn f(k: i64) -> i64 {
    let b = adder(Tracked::new("made"))(k) + ready("c", 3).await;
    b
}
fn adder(t: Tracked) -> impl Fn(i64) -> i64 {
    move |x| x + t.len()
}
