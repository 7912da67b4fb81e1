// args:
// Iterator chains (filter/map/zip/fold) with non-awaiting closures, their results used after awaits; a lazy iterator held across an await.
fn f() -> i64 {
    let names = vec![Tracked::new("ann"), Tracked::new("bobby"), Tracked::new("cy")];
    let lens: Vec<i64> = names.iter().map(|t| t.len()).filter(|n| *n > 2).collect();
    tick("collected").await;
    let mut lazy = names.iter().zip(1..).map(|(t, i)| t.plus(i));
    let first = lazy.next().unwrap_or(0);
    tick("lazy-held").await;
    let rest: i64 = lazy.sum();
    let folded = names.iter().fold(ready("seed", 1).await, |acc, t| acc * 2 + t.len());
    lens.len() as i64 * 1000 + first * 100 + rest * 10 + folded
}
