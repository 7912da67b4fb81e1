// args: 2
// Closures with `return` and loops with labels inside, defined and called around awaits; `?` inside closures.
fn f(k: i64) -> i64 {
    let classify = |x: i64| -> &'static str {
        if x < 0 { return "neg"; }
        'l: for d in 2..x { if x % d == 0 { break 'l; } }
        "ok"
    };
    let parse = |s: &str| -> Result<i64, std::num::ParseIntError> { let v = s.parse::<i64>()?; Ok(v * 2) };
    let a = classify(ready("a", k - 5).await);
    tick("mid").await;
    let b = parse(ready("b", "21").await).unwrap_or(0);
    let c = parse("zz").map_or(-1, |v| v);
    a.len() as i64 * 1000 + b * 10 + c + classify(k).len() as i64
}
