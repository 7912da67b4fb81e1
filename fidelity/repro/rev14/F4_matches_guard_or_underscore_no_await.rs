// args: 2
fn f(k: i64) -> i64 {
    let x = (None, Some(k));
    let m = matches!(x, (Some(n), _) | (_, Some(n)) if n > 1);
    tick("x").await;
    m as i64 + x.1.unwrap_or(0)
}
