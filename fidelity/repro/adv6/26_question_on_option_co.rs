// args:
// A #[co] fn returning Option<i64> using `?` on awaited Options, on `.get()` of a Vec, and `checked_add`.
fn f() -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("bb")];
    let x = first_two(&v).await.unwrap_or(-1);
    let y = first_two(&v[..1]).await.unwrap_or(-1);
    let z = overflow(i64::MAX - 1).await.unwrap_or(-3);
    x * 100 + y * 10 + z
}
#[co] fn first_two(v: &[Tracked]) -> Option<i64> {
    let a = v.get(0)?;
    tick(a.name()).await;
    let b = v.get(1)?;
    let n = ready("sum", Some(a.len() + b.len())).await?;
    Some(n)
}
#[co] fn overflow(x: i64) -> Option<i64> {
    let y = ready("inc", x).await.checked_add(1)?;
    let z = y.checked_add(ready("inc2", 1).await)?;
    Some(z)
}
