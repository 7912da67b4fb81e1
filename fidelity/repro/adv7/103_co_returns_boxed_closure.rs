// args:
// A #[co] fn returning `Box<dyn Fn(i64) -> i64>` built from an awaited value and a moved Tracked; a sync fn returning `impl Fn` stored across awaits.
fn f() -> i64 {
    let add = make_adder(3);
    let mul = make_scaler(Tracked::new("scaler")).await;
    let x = add(ready("x", 1).await);
    tick("mid").await;
    let y = mul(x);
    drop(mul);
    tick("end").await;
    add(y)
}
fn make_adder(n: i64) -> impl Fn(i64) -> i64 { move |x| x + n }
#[co] fn make_scaler(t: Tracked) -> Box<dyn Fn(i64) -> i64> {
    let k = ready("k", t.len()).await;
    Box::new(move |x| x * k + t.len())
}
