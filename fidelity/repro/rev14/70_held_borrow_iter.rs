// args: 2
fn f(k: i64) -> i64 {
    let v = vec![1i64, 2, k];
    let n = sum2(v.iter(), ready("a", k).await);
    let w = v;
    tick("x").await;
    n + w.len() as i64
}
fn sum2<'a>(it: impl Iterator<Item = &'a i64>, x: i64) -> i64 { it.sum::<i64>() + x }
