// args: 1
// Lint check: `non_shorthand_field_patterns`, an unused label and `while true` around awaits.
fn f(k: i64) -> i64 {
    let p = P2 { x: k, y: 2 };
    let P2 { x: x, y: y } = p;
    let mut n = 0;
    'unused: while true {
        n += ready("w", x + y).await;
        if n > 5 { break; }
    }
    n
}
