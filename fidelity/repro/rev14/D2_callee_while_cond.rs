// args: 2
fn f(k: i64) -> i64 {
    let mut i = 0;
    while mk(Tracked::new("c"))(ready("x", i).await) < k + 1 {
        tick("body").await;
        i += 1;
    }
    i
}
fn mk(t: Tracked) -> impl Fn(i64) -> i64 {
    move |x| x + t.len()
}
