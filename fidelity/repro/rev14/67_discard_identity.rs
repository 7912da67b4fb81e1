// args: 2
fn f(k: i64) -> i64 {
    ready("a", Tracked::new("a")).await;
    ready("u", ()).await;
    ready("r", 5i64).await;
    ready("t", (Tracked::new("t1"), 3)).await;
    let mut x = k;
    x += ready("p", 1).await;
    ready("ref", &x).await;
    tick("y").await;
    x
}
