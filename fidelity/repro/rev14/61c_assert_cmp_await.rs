// args: 2
fn f(k: i64) -> i64 {
    assert!(ready("z", Tracked::new("z")).await == 1);
    tick("x").await;
    k
}
