// args: 3
// #[co] helpers returning `impl Fn`, `impl Iterator`, `Box<dyn Fn>`; used after awaits; captured Tracked.
fn f(k: i64) -> i64 {
    let add = make_adder(k).await;
    let it = evens(6).await;
    let b = boxed(Tracked::new("cap")).await;
    let s: i64 = it.map(|x| add(x)).sum();
    s * 10 + b(1)
}
#[co] fn make_adder(n: i64) -> impl Fn(i64) -> i64 { tick("adder").await; move |x| x + n }
#[co] fn evens(n: i64) -> impl Iterator<Item = i64> { tick("evens").await; (0..n).filter(|x| x % 2 == 0) }
#[co] fn boxed(t: Tracked) -> Box<dyn Fn(i64) -> i64> { tick("boxed").await; Box::new(move |x| x + t.len()) }
