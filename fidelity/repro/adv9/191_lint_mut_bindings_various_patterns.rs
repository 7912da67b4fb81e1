// args: 2
// Lint check: `mut` bindings in `while let`, unguarded match arms, `for`, `let` tuple patterns and `let else`,
// each mutated after an await in its scope.
fn f(k: i64) -> i64 {
    let mut stack = vec![vec![1i64], vec![2]];
    let mut s = 0;
    while let Some(mut top) = stack.pop() {
        top.push(ready("w", k).await);
        s += top.len() as i64;
    }
    match Some(vec![0i64]) {
        Some(mut v) => { v.push(ready("m", 1).await); s += v.len() as i64; }
        None => {}
    }
    for mut x in 0..k {
        x += ready("f", 1).await;
        s += x;
    }
    let (mut a, b) = (k, 3);
    a += ready("a", b).await;
    let Some(mut e) = Some(String::new()) else { return 0 };
    e.push_str(ready("e", "x").await);
    s + a + e.len() as i64
}
