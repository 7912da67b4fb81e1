// args: 1
// A user macro invoked inside a closure and inside a match arm expression, closure and arm around awaits (no await inside the macro).
fn f(k: i64) -> i64 {
    macro_rules! sq { ($e:expr) => { $e * $e }; }
    let g = |x: i64| sq!(x + 1);
    let a = ready("a", g(k)).await;
    let b = match ready("b", k).await { 0 => sq!(3), n => { tick("n").await; sq!(n) + g(n) } };
    a * 100 + b
}
