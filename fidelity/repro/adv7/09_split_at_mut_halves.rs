// args:
// `split_at_mut` halves of a local Vec held across awaits, each half written through; then the whole read.
fn f() -> i64 {
    let mut v = vec![1i64, 2, 3, 4, 5];
    let g = Tracked::new("g");
    let (left, right) = v.split_at_mut(2);
    for x in left.iter_mut() {
        *x *= ready("l", 10).await;
    }
    tick("between").await;
    right[0] += ready("r", left[1]).await;
    v.iter().sum::<i64>() + g.len()
}
