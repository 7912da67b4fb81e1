// args: 2
// Closures returning closures (make_adder), boxed and stored, called between awaits; captured Tracked by move.
fn f(k: i64) -> i64 {
    let make = |base: i64| move |x: i64| x + base;
    let add_k = make(k);
    let t = Tracked::new("cap");
    let scaled: Box<dyn Fn(i64) -> i64> = Box::new(move |x| x * t.len());
    let a = add_k(ready("a", 1).await);
    let b = scaled(ready("b", a).await);
    let compose = |f1: &dyn Fn(i64) -> i64, x: i64| f1(add_k(x));
    tick("t").await;
    compose(&*scaled, b)
}
