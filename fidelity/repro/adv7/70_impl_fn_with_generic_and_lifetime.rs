// args:
// `impl Fn(&T) -> i64` in a #[co] fn generic over T, with a borrow held across an await (homes); called with i64 and String.
fn f() -> i64 {
    let a = total(&[1i64, 2, 3], |x| *x).await;
    let s = vec![String::from("ab"), String::from("c")];
    let b = total(&s, |x| x.ilen()).await;
    a * 10 + b
}
#[co] fn total<T>(xs: &[T], key: impl Fn(&T) -> i64) -> i64 {
    let mut acc = 0;
    for x in xs {
        tick("x").await;
        acc += key(x);
    }
    acc
}
