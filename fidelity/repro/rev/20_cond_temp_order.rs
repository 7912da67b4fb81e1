// args: 1
// A condition with a plain temporary before an awaitable borrowing another temporary: evaluation and drop order.
fn f(k: i64) -> i64 {
    if Tracked::new("x").len() + weigh(&Tracked::new("y"), k).await > 2 {
        log("then");
        1
    } else {
        2
    }
}
