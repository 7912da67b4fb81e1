// args: 3
// Non-move closures capturing locals by shared reference, held across awaits and called after; nested closure.
fn f(k: i64) -> i64 {
    let base = Tracked::new("base");
    let factor = k;
    let scale = |x: i64| x * factor + base.len();
    let twice = |x: i64| scale(scale(x));
    let a = twice(ready("a", 1).await);
    tick("mid").await;
    let b = scale(2) + twice(0);
    let names = vec![Tracked::new("n1"), Tracked::new("n22")];
    let longest = || names.iter().map(|t| t.name().len()).max().unwrap_or(0) as i64;
    tick("names").await;
    a * 1000 + b * 10 + longest()
}
