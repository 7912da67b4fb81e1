// args: 2
fn f(k: i64) -> i64 {
    let x = (None, Some(k));
    let m = matches!(x, | (Some(n), _) | (_, Some(n)) if n > ready("g", 1).await,);
    let y = (Some(Tracked::new("a")), 1i64);
    let m2 = matches!(y, (Some(_), n) | (None, n) if n + ready("h", 0).await > 0 && t_len(&y.0) > 0);
    tick("x").await;
    m as i64 * 10 + m2 as i64
}
fn t_len(o: &Option<Tracked>) -> i64 { o.as_ref().map_or(0, |t| t.len()) }
