// args:
// A #[co] fn returning `impl Iterator<Item = i64> + '_` borrowing its `&[i64]` parameter; the iterator consumed after awaits.
fn f() -> i64 {
    let data = vec![1i64, 5, 2, 8];
    let it = bigger_than(&data, 1).await;
    tick("hold").await;
    let v: Vec<i64> = it.collect();
    v.iter().sum::<i64>() * 10 + v.ilen()
}
#[co] fn bigger_than(xs: &[i64], min: i64) -> impl Iterator<Item = i64> + '_ {
    let m = ready("min", min).await;
    xs.iter().copied().filter(move |x| *x > m)
}
