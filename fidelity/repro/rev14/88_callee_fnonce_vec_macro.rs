// args: 2
fn f(k: i64) -> i64 {
    let v = vec![once(Tracked::new("c"))(ready("a", k).await), ready("b", 1).await];
    v.len() as i64 + v[0]
}
fn once(t: Tracked) -> impl FnOnce(i64) -> i64 {
    move |x| x + t.consume_len()
}
