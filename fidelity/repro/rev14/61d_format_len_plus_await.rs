// args: 2
fn f(k: i64) -> i64 {
    let n = format!("{:?}", ready("c", Tracked::new("c")).await).len() as i64 + ready("d", 1).await;
    tick("x").await;
    n + k
}
