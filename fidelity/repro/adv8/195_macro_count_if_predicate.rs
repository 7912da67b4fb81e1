// args:
// Helper macros taking closures (`count_if!(v, |x| ..)`, `apply!(|n: i64| .., v)`) where `n` is also a coroutine local borrowed across awaits.
fn f() -> i64 {
    macro_rules! apply { ($f:expr, $a:expr) => { ($f)($a) }; }
    macro_rules! sum_by { ($v:expr, $f:expr) => { $v.iter().map($f).sum::<i64>() }; }
    let v = vec![1i64, 5, 7];
    let n = 4i64;
    let view = &v;
    let limit = &n;
    tick("load").await;
    let doubled = apply!(|n: i64| n * 2, 10);
    let total = sum_by!(view, |n: &i64| n * 10);
    tick("done").await;
    doubled * 1000 + total + *limit
}
