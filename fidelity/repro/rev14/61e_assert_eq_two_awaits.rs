// args: 2
fn f(k: i64) -> i64 {
    assert_eq!(ready("e", Tracked::new("e")).await, ready("m", 1).await);
    tick("x").await;
    k
}
