// args: 3
// Iterator chains with closures capturing locals built before an await and consumed after; map/filter/fold.
fn f(k: i64) -> i64 {
    let names = vec![Tracked::new("alpha"), Tracked::new("be"), Tracked::new("gamma")];
    let min = ready("min", k).await;
    let long = names.iter().filter(|t| t.name().len() as i64 >= min);
    tick("between").await;
    let n = long.map(|t| t.len()).fold(0, |a, b| a + b);
    let mut scale = 1;
    let mut bump = |x: i64| { scale += 1; x * scale };
    let a = bump(ready("a", 2).await);
    tick("mid").await;
    let b = bump(3);
    let pos = names.iter().position(|t| t.name() == "be").unwrap_or(9) as i64;
    n * 1000 + a * 100 + b * 10 + pos
}
