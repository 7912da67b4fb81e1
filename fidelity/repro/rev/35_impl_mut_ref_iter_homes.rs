// args: 2
// A #[co] fn with homes taking `&mut impl Iterator<Item = i64>`.
fn f(k: i64) -> i64 {
    let mut it = vec![k, 2, 3].into_iter();
    let a = pull(&mut it).await;
    a + it.sum::<i64>()
}
#[co] fn pull(it: &mut impl Iterator<Item = i64>) -> i64 {
    let first = it.next().unwrap_or(0);
    let r = &first;
    tick("a").await;
    *r * 10
}
