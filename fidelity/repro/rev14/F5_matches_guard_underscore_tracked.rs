// args: 2
fn f(k: i64) -> i64 {
    let y = (Some(Tracked::new("a")), k);
    let m = matches!(y, (Some(_), n) | (None, n) if n > 1);
    tick("x").await;
    m as i64 + y.1
}
