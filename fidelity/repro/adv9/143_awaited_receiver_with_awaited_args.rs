// args: 2
// An awaited value as the receiver of a borrowing method whose argument awaits (`a.await.plus(b.await)`), plus a
// temporary receiver with an awaited argument, in one statement with a later await.
fn f(k: i64) -> i64 {
    let x = ready("recv", Tracked::new("r1")).await.plus(ready("arg", k).await);
    let y = Tracked::new("r2").plus(ready("arg2", 1).await) + ready("tail", 2).await;
    let z = consume(&ready("recv3", Tracked::new("r3")).await, ready("arg3", 3).await) + ready("tail3", 1).await;
    x + y + z
}
