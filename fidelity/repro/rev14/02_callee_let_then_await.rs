// args: 2
fn f(k: i64) -> i64 {
    let a = mk(Tracked::new("c"))(ready("a", k).await) + later_len(Tracked::new("u"));
    tick("x").await;
    let b = (move |x: i64| x + Tracked::new("m").len())(ready("b", 1).await);
    a + b
}
fn mk(t: Tracked) -> impl Fn(i64) -> i64 {
    move |x| x + t.len()
}
fn later_len(t: Tracked) -> i64 { t.len() }
