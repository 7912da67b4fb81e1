// args: 2
// Lint check: a `mut` binding in a guarded match arm and in an `if let .. else` pattern, mutated after an await.
fn f(k: i64) -> i64 {
    let mut s = 0;
    match Some(vec![k]) {
        Some(mut v) if v.len() == 1 => { v.push(ready("g", 1).await); s += v.len() as i64; }
        _ => {}
    }
    if let Some(mut w) = Some(String::from("a")) {
        w.push_str(ready("w", "b").await);
        s += w.len() as i64;
    } else {
        s -= 1;
    }
    s
}
