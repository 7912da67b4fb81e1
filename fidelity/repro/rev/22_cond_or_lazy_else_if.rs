// args: 3
// `else if k > 2 || weigh(&Tracked::new("t"), 1).await > 1`: with k = 3 the `||` short-circuits, the temporary is never made.
fn f(k: i64) -> i64 {
    if k == 0 {
        0
    } else if k > 2 || weigh(&Tracked::new("t"), 1).await > 1 {
        log("elif");
        tick("x").await;
        1
    } else {
        2
    }
}
