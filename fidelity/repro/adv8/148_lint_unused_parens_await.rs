// args:
// Redundant parentheses around awaited expressions (`let x = (ready(..).await);`, `if (cond) {}`) -- unused_parens.
fn f() -> i64 {
    let x = (ready("x", 3).await);
    let y = ((ready("y", 4).await) + 1);
    if (x > 2) { tick("t").await; }
    x + y
}
