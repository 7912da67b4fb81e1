// args:
// `if let Some(_) = ready(..).await { let g = ..; .await }`: at the then-block's end Rust drops `g` first, then the scrutinee's value.
fn f() -> i64 {
    if let Some(_) = ready("s", Some(Tracked::new("v"))).await {
        let g = Tracked::new("g");
        tick("a").await;
        log("then end");
        g.len()
    } else {
        tick("b").await;
        0
    }
}
