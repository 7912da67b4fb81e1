// args: 2
fn f(k: i64) -> i64 {
    let v = take2(Tracked::new("x"), Tracked::new("y"));
    let a = add3(once(Tracked::new("c"))(ready("a", k).await), ready("b", 1).await, v);
    a
}
fn once(t: Tracked) -> impl FnOnce(i64) -> i64 {
    move |x| x + t.consume_len()
}
