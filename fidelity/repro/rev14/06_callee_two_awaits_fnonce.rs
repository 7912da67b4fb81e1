// args: 2
// FnOnce callee with a later suspension in the same statement: promised E0382 rather than a different run.
fn f(k: i64) -> i64 {
    let a = once(Tracked::new("c"))(ready("a", k).await) + ready("b", 1).await;
    a
}
fn once(t: Tracked) -> impl FnOnce(i64) -> i64 {
    move |x| x + t.consume_len()
}
