// args: 2
fn f(k: i64) -> i64 {
    let a = once(Tracked::new("c"))(ready("a", k).await);
    tick("x").await;
    a
}
fn once(t: Tracked) -> impl FnOnce(i64) -> i64 {
    move |x| x + t.consume_len()
}
