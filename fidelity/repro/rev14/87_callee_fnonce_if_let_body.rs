// args: 2
fn f(k: i64) -> i64 {
    if let Some(n) = Some(once(Tracked::new("c"))(ready("a", k).await)) {
        tick("then").await;
        n
    } else { 0 }
}
fn once(t: Tracked) -> impl FnOnce(i64) -> i64 {
    move |x| x + t.consume_len()
}
