// args: 0
// MISMATCH: `match *b { (x, _) => { ..await.. } }` moving a part out of a Box: what `_` leaves stays in the box
// and drops with `b` (end of its scope); the coroutine drops it at the arm's first suspension.
// coro:     ["new p1", "new p2", "drop p2", "poll arm", "poll arm", "drop p1"]
// async fn: ["new p1", "new p2", "poll arm", "poll arm", "drop p1", "drop p2"]
fn f(k: i64) -> i64 {
    let b = Box::new((Tracked::new("p1"), Tracked::new("p2")));
    match *b {
        (x, _) => ready("arm", x.len() + k).await,
    }
}
