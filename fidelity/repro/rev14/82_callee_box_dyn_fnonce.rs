// args: 2
fn f(k: i64) -> i64 {
    let a = boxed(Tracked::new("c"))(ready("a", k).await) + ready("b", 1).await;
    a
}
fn boxed(t: Tracked) -> Box<dyn FnOnce(i64) -> i64> {
    Box::new(move |x| x + t.consume_len())
}
