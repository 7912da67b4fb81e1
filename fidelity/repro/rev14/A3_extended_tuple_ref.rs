// args: 2
fn f(k: i64) -> i64 {
    let t = (&Tracked::new("t"), k);
    let u = Tracked::new("u");
    tick("x").await;
    t.0.len() + t.1 + u.len()
}
