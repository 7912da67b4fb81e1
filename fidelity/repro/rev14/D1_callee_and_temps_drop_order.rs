// args: 2
fn f(k: i64) -> i64 {
    let a = mk(Tracked::new("c1"))(ready("x", k).await) + consume(&Tracked::new("t2"), ready("y", 1).await) + mk(Tracked::new("c3"))(2);
    tick("z").await;
    a
}
fn mk(t: Tracked) -> impl Fn(i64) -> i64 {
    move |x| x + t.len()
}
