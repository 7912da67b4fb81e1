// args: 2
fn f(k: i64) -> i64 {
    let y = Some(k);
    let m = matches!(y, w @ Some(_) if w.is_some());
    tick("x").await;
    m as i64 + y.unwrap_or(0)
}
