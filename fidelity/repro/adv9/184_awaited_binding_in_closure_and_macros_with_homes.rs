// args: 2
// In a coroutine with homes: a binding made by `let g = f().await;` read right after in a closure, `format!`,
// `vec!`, `assert!` and a `matches!` pattern (no guard).
fn f(k: i64) -> i64 {
    let v = vec![1i64, 2];
    let s = &v;
    let g = ready("g", 2).await;
    let c = |n: i64| n >= g;
    let txt = format!("{g} {}", g + 1);
    let w = vec![g; 2];
    assert!(g > 0, "g is {}", g);
    let p = matches!(Some(g), Some(2));
    tick("t").await;
    c(k) as i64 + txt.len() as i64 + w.len() as i64 + p as i64 + s.len() as i64
}
