// args: 2
fn f(k: i64) -> i64 {
    let a = counter(Tracked::new("c"))(ready("a", k).await) + ready("b", 1).await;
    a
}
fn counter(t: Tracked) -> impl FnMut(i64) -> i64 {
    let mut n = 0;
    move |x| { n += 1; x + n + t.len() }
}
