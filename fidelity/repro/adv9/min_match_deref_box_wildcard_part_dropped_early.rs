// args: 0
// MISMATCH: `match *b { (x, _) => { ..await.. } }` moving a part out of a Box: what `_` leaves stays in the box
// and drops with `b` (end of its scope); the coroutine drops it at the arm's first suspension. The same for
// `let (a, _) = *bt;` and `let Pair { a, .. } = *bp;` followed by an await (140: the `..` part is dropped early
// silently, where limit 7 refuses `..` on a binding with a message), and `if let Msg::Two(x, _) = *b { f().await }` (141).
// coro:     ["new p1", "new p2", "len p1", "drop p2", "poll arm", "poll arm", "drop p1"]
// async fn: ["new p1", "new p2", "len p1", "poll arm", "poll arm", "drop p1", "drop p2"]
fn f(k: i64) -> i64 {
    let b = Box::new((Tracked::new("p1"), Tracked::new("p2")));
    match *b {
        (x, _) => ready("arm", x.len() + k).await,
    }
}
