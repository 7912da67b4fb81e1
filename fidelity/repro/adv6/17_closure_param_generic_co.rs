// args:
// A #[co] fn taking `F: Fn(i64) -> i64` and `impl FnMut(&Tracked)`, calling them between awaits.
fn f() -> i64 {
    let base = 5;
    let mut seen = Vec::new();
    let r = apply_all(&[1, 2, 3], |x| x * base, |t: &Tracked| seen.push(t.len())).await;
    r * 10 + seen.iter().sum::<i64>()
}
#[co] fn apply_all<F: Fn(i64) -> i64>(xs: &[i64], f: F, mut on: impl FnMut(&Tracked)) -> i64 {
    let mut acc = 0;
    for x in xs {
        let t = Tracked::new("item");
        acc += f(ready("x", *x).await);
        on(&t);
        tick("step").await;
    }
    acc
}
