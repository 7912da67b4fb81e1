// args: 2
// Opaque macro inputs with `|` as bit-or, an or-pattern and a `||` closure, naming homed bindings.
fn f(k: i64) -> i64 {
    macro_rules! pick { ($a:expr, $b:expr) => { $a + $b }; }
    macro_rules! is { ($v:expr, $p:pat) => { matches!($v, $p) }; }
    macro_rules! call { ($f:expr) => { ($f)() }; }
    let x = k;
    let r = &x;
    tick("a").await;
    let a = pick!(x | 8, *r);
    let b = if is!(x, 1 | 2) { 1 } else { 0 };
    let c = call!(|| x * 3);
    a * 100 + b * 10 + c + *r
}
