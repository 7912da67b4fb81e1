// args: 2
fn f(k: i64) -> i64 {
    let t = Tracked::new("t");
    let r = &t;
    let o = Some(Tracked::new("o"));
    let m = matches!(o, Some(ref t) if t.len() == r.len() && ready("g", true).await);
    tick("x").await;
    m as i64 + r.len() + k
}
