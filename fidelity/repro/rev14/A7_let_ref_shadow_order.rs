// args: 2
fn f(k: i64) -> i64 {
    let ref r = Tracked::new("r1");
    let ref r = (r.len(), Tracked::new("r2"));
    let u = Tracked::new("u");
    tick("x").await;
    r.0 + r.1.len() + k + u.len()
}
