// args: 3
// Iterator consumers on awaited values: `.iter().sum()`, `.into_iter().map().max()`, `count()` with awaits in operands.
fn f(k: i64) -> i64 {
    let a: i64 = ready("v", vec![1, 2, k]).await.iter().sum();
    let b = ready("w", vec![Tracked::new("w1"), Tracked::new("www")]).await.into_iter().map(|t| t.len()).max().unwrap_or(0) + ready("b", 1).await;
    let c = bag("c1", "c2").iter().filter(|t| t.name() != "c1").count() as i64 + ready("c", 10).await;
    let d = ready("d", "a,b,c").await.split(',').count() as i64;
    a * 1000 + b * 100 + c * 10 + d
}
