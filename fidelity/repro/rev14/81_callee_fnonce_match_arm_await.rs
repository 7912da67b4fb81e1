// args: 2
fn f(k: i64) -> i64 {
    match once(Tracked::new("c"))(ready("a", k).await) {
        n => { tick("arm").await; n }
    }
}
fn once(t: Tracked) -> impl FnOnce(i64) -> i64 {
    move |x| x + t.consume_len()
}
