// args:
// `[Tracked; 3]` parameter consumed with `into_iter()` in a for loop with awaits; an early `break` leaves the rest (dropped with the iterator).
fn f() -> i64 {
    let n = walk([Tracked::new("a"), Tracked::new("stop"), Tracked::new("c")]).await;
    tick("after").await;
    n
}
#[co] fn walk(arr: [Tracked; 3]) -> i64 {
    let mut n = 0;
    for t in arr.into_iter() {
        if t.name() == "stop" { log("stopping"); break; }
        n += ready("t", t.len()).await;
    }
    tick("walked").await;
    n
}
