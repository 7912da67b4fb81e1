// args: 3
// Generic helpers whose type parameters are fixed by later statements across awaits (`identity`, `pair_up`), and a
// closure whose return type is decided by a later `let` annotation.
fn f(k: i64) -> i64 {
    let a = identity(Vec::new());
    let mk = |x| (x, Tracked::new("clo"));
    tick("t").await;
    let mut a: Vec<(i64, Tracked)> = a;
    a.push(mk(ready("x", k).await));
    let b = pair_up(a.len(), ready("y", 2i32).await);
    let (p, q): (usize, i32) = b;
    p as i64 + q as i64 + a[0].0 + a[0].1.len()
}
fn identity<T>(t: T) -> T { t }
fn pair_up<A, B>(a: A, b: B) -> (A, B) { (a, b) }
