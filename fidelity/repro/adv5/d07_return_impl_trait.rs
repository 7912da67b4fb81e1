// args:
// Coroutines returning impl Iterator, Box<dyn Fn>, and a closure capturing a parameter.
fn f() -> i64 {
    let it = evens(ready("n", 6).await).await;
    let v: Vec<i64> = it.collect();
    let adder = make_adder(3).await;
    let scaler = make_scaler(Tracked::new("scale")).await;
    tick("end").await;
    v.iter().sum::<i64>() + adder(1) + scaler(2)
}

#[co] fn evens(n: i64) -> impl Iterator<Item = i64> {
    tick("evens").await;
    (0..n).filter(|x| x % 2 == 0)
}
#[co] fn make_adder(k: i64) -> Box<dyn Fn(i64) -> i64> {
    tick("adder").await;
    Box::new(move |x| x + k)
}
#[co] fn make_scaler(t: Tracked) -> impl Fn(i64) -> i64 {
    tick("scaler").await;
    move |x| x * t.len()
}
