// args: 2
// `&mut dyn FnMut` and `&dyn Fn` parameters to #[co] helpers, called between awaits; returned boxed closures.
fn f(k: i64) -> i64 {
    let mut hits = Vec::new();
    let mut rec = |x: i64| hits.push(x);
    drive(&mut rec, k).await;
    drive(&mut |x| log(format!("anon {x}")), 1).await;
    let sq: &dyn Fn(i64) -> i64 = &|x| x * x;
    let a = apply_dyn(sq, 4).await;
    let b = make_adder(ready("n", 3).await)(10);
    hits.len() as i64 * 1000 + a * 10 + b
}
#[co] fn drive(cb: &mut dyn FnMut(i64), n: i64) {
    for i in 0..n { cb(ready("i", i).await); }
}
#[co] fn apply_dyn(f: &dyn Fn(i64) -> i64, x: i64) -> i64 { tick("dyn").await; f(x) }
fn make_adder(n: i64) -> Box<dyn Fn(i64) -> i64> { Box::new(move |x| x + n) }
