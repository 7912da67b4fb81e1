// args:
// split_at_mut / split_first on slices held across awaits; updating through the halves.
fn f() -> i64 {
    let mut data = vec![1i64, 2, 3, 4, 5, 6];
    let (left, right) = data.split_at_mut(3);
    for (l, r) in left.iter_mut().zip(right.iter()) {
        *l += ready("add", *r).await;
    }
    tick("mid").await;
    left[0] = 100;
    if let Some((first, rest)) = data.split_first() {
        let s: i64 = rest.iter().sum();
        return *first + ready("sum", s).await;
    }
    0
}
