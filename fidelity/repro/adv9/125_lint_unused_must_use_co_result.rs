// args: 1
// Lint check: ignoring a `#[must_use]` user fn result and a `Result` returned by a #[co] helper after awaits.
fn f(k: i64) -> i64 {
    let mut v = vec![1, 2];
    tick("a").await;
    v.iter().map(|x| x * 2);
    compute(k);
    let _ = compute(k + 1);
    v.push(ready("p", 3).await);
    v.len() as i64
}
#[must_use = "use the computed value"]
fn compute(n: i64) -> i64 { n * 3 }
