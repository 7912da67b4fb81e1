// args: 2
fn f(k: i64) -> i64 {
    let (ref a, ref b) = duo("a", "b");
    let u = Tracked::new("u");
    tick("x").await;
    a.len() + b.len() + k + u.len()
}
