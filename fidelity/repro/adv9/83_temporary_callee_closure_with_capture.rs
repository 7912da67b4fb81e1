// args: 1
// A temporary callee (a `move` closure literal owning a Tracked, or a closure returned by a call) called with an
// awaited argument: Rust keeps the callee temporary to the statement's end.
fn f(k: i64) -> i64 {
    let t = Tracked::new("cap");
    let a = (move |x: i64| x + t.len())(ready("a", k).await);
    let b = adder(Tracked::new("made"))(ready("b", 2).await) + ready("c", 3).await;
    let _h = Tracked::new("h");
    a + b
}
fn adder(t: Tracked) -> impl Fn(i64) -> i64 {
    move |x| x + t.len()
}
