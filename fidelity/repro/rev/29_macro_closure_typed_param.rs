// args: 2
// An opaque macro input with a closure whose typed parameter's type follows `&mut`; a homed binding has the name of the type word? No: the homed binding `n` is named after `&` in a pattern-less position `|v: &Vec<i64>, m| ..`.
fn f(k: i64) -> i64 {
    macro_rules! apply2 { ($f:expr, $a:expr, $b:expr) => { ($f)($a, $b) }; }
    let v = vec![k, 1];
    let n = 5i64;
    let r = &n;
    tick("a").await;
    let s = apply2!(|v: &Vec<i64>, m: i64| v.len() as i64 + m, &v, 3);
    s + *r
}
