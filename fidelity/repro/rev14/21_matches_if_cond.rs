// args: 2
fn f(k: i64) -> i64 {
    if matches!(ready("a", Some(Tracked::new("a"))).await, Some(_)) {
        tick("then").await;
        k
    } else { 0 }
}
