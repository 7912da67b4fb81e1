// args:
// if-let on an awaited value binding nothing, then an else-if-let on another: each unmatched value dropped at its own else.
fn f() -> i64 {
    if let None = ready("a", Some(Tracked::new("v1"))).await {
        tick("x").await;
        1
    } else if let Some(_) = ready("b", Some(Tracked::new("v2"))).await {
        tick("y").await;
        log("second then");
        2
    } else {
        3
    }
}
