// args:
// Short: helpers returning `impl Awaitable`-like Ready from non-async fns with side effects at call time, called in argument position of a #[co] fn.
fn f() -> i64 {
    let a = combine(make("x", 1), make("y", 2)).await;
    let b = combine(make("z", a), ready("w", 0)).await;
    a * 100 + b
}
fn make(n: &'static str, v: i64) -> Ready<i64> { log(format!("make {n}")); ready(n, v) }
#[co] fn combine(a: Ready<i64>, b: Ready<i64>) -> i64 {
    let _t = Tracked::new("combine");
    let y = b.await;
    let x = a.await;
    x * 10 + y
}
