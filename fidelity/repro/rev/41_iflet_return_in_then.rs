// args:
// A value held for an `if let` binding nothing, with an early `return` from the then branch after an await; an outer guard too.
fn f() -> i64 {
    let g = Tracked::new("g");
    if let Some(_) = ready("s", Some(Tracked::new("v"))).await {
        tick("a").await;
        return g.len();
    } else {
        tick("b").await;
    }
    log("after");
    0
}
