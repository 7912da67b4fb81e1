// args: 2
fn f(k: i64) -> i64 {
    let t = Tracked::new("local");
    let v = {
        let u = Tracked::new("inner");
        mk(Tracked::new("c"))(ready("a", k).await) + u.len()
    };
    tick("x").await;
    v + t.len()
}
fn mk(t: Tracked) -> impl Fn(i64) -> i64 {
    move |x| x + t.len()
}
