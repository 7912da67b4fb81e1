// args:
// A `max_of!(a, b)` macro that evaluates its winning argument twice (classic macro pitfall) on a counter, around awaits.
fn f() -> i64 {
    macro_rules! max_of { ($a:expr, $b:expr) => { if $a > $b { $a } else { $b } }; }
    let mut calls = 0;
    let mut next = |x: i64| { calls += 1; log(format!("next {x}")); x };
    let a = max_of!(next(3), next(5));
    tick("a").await;
    let b = max_of!(next(9), next(1));
    let w = ready("w", a + b).await;
    w * 100 + calls
}
