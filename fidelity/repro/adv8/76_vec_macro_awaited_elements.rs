// args:
// `vec![Tracked, awaited Tracked, Tracked]` and an array of awaited i64 summed in one expression; cancellation mid-literal.
fn f() -> i64 {
    let v = vec![Tracked::new("v0"), ready("r1", Tracked::new("v1")).await, Tracked::new("v2")];
    let s = [ready("a", 1).await, ready("b", 2).await].iter().sum::<i64>();
    tick("end").await;
    v.ilen() * 10 + s
}
