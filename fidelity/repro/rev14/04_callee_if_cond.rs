// args: 2
fn f(k: i64) -> i64 {
    if mk(Tracked::new("c"))(ready("a", k).await) > 1 {
        tick("then").await;
        1
    } else {
        2
    }
}
fn mk(t: Tracked) -> impl Fn(i64) -> i64 {
    move |x| x + t.len()
}
