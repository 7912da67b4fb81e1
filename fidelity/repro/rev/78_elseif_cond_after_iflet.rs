// args: 2
// `if let .. { } else if weigh(&Tracked::new(..), ..).await > 1 { }`: the else-if condition after an if-let head.
fn f(k: i64) -> i64 {
    let o: Option<i64> = None;
    if let Some(x) = o {
        x
    } else if weigh(&Tracked::new("t"), k).await > 1 {
        tick("b").await;
        1
    } else {
        2
    }
}
