// args: 2
// matches!(x.await, P) && later await: Rust keeps the scrutinee value to the statement's end.
fn f(k: i64) -> i64 {
    let b = matches!(ready("a", Some(Tracked::new("a"))).await, Some(_)) && ready("b", true).await;
    tick("x").await;
    if b { k } else { 0 }
}
