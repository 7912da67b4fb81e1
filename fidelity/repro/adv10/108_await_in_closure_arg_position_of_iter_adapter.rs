// args: 3
// Awaited values as arguments to iterator adapters (`take(n.await)`, `skip`, `step_by`), and as the iterator itself.
fn f(k: i64) -> i64 {
    let v: Vec<Tracked> = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc"), Tracked::new("dddd")];
    let a: i64 = v.iter().take(ready("take", k as usize).await).map(|t| t.len()).sum();
    let b: i64 = v.iter().skip(ready("skip", 1).await).step_by(ready("step", 2).await).map(|t| t.len()).sum();
    let c = ready("src", vec![1i64, 2, 3]).await.into_iter().rev().collect::<Vec<_>>();
    let d = v.iter().map(|t| t.len()).filter(|&x| x > 1).count() as i64 + ready("d", 0).await;
    a * 1000 + b * 100 + c[0] * 10 + d
}
