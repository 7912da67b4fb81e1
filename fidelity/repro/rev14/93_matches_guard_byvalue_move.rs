// args: 1
fn f(k: i64) -> i64 {
    let x = Some(Tracked::new("x"));
    let m = matches!(x, Some(t) if t.len() == k);
    tick("x").await;
    m as i64
}
