// args: 2
fn f(k: i64) -> i64 {
    let t = Tracked::new("c");
    let a = (move |x: i64| x + t.consume_len())(ready("a", k).await) + ready("b", 1).await;
    a
}
