// args:
// Generic #[co] fn with `T: Default + Copy + Add<Output = T> + Debug` summing a slice with awaits; called for i64 and f64.
fn f() -> i64 {
    let a = sum_all(&[1i64, 2, 3]).await;
    let b = sum_all(&[0.5f64, 1.5]).await;
    a * 10 + b as i64
}
#[co] fn sum_all<T>(xs: &[T]) -> T where T: Default + Copy + std::ops::Add<Output = T> + std::fmt::Debug {
    let mut acc = T::default();
    for x in xs {
        acc = acc + *x;
        tick("add").await;
        log(format!("acc {acc:?}"));
    }
    acc
}
