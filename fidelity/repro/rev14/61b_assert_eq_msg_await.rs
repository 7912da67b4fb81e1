// args: 2
fn f(k: i64) -> i64 {
    assert_eq!(ready("e", Tracked::new("e")).await, 1, "{}", ready("m", 0).await);
    tick("x").await;
    k
}
