// args:
// Awaiting through &mut (an Unpin awaitable polled in place, then dropped later), a Box and a pinned reference.
fn f() -> i64 {
    let mut r = ready_after("slow", 2, 5);
    let a = (&mut r).await;
    let mut b = Box::new(ready("boxed", Tracked::new("in-box")));
    let bt = (&mut *b).await;
    let mut p = Box::pin(ready("pinned", 7));
    let c = p.as_mut().await;
    let d = Box::new(ready_after("owned-box", 1, 3)).await;
    tick("end").await;
    a + bt.len() + c + d
}
