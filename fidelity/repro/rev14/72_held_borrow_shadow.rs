// args: 2
fn f(k: i64) -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("b")];
    let n = lens(v.iter().map(|t| t.len()), ready("x", k).await);
    let v = n;
    tick("y").await;
    v
}
fn lens(it: impl Iterator<Item = i64>, x: i64) -> i64 { it.sum::<i64>() + x }
