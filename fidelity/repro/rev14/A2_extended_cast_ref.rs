// args: 2
fn f(k: i64) -> i64 {
    let r = &Tracked::new("t") as &Tracked;
    let u = Tracked::new("u");
    tick("x").await;
    r.len() + k + u.len()
}
