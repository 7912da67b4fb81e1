// args: 2
// Temporary callee in a match scrutinee: Rust keeps the closure (owning a Tracked) to the end of the match statement,
// across the arm's await.
fn f(k: i64) -> i64 {
    match mk(Tracked::new("c"))(ready("a", k).await) {
        n => {
            tick("arm").await;
            n + 1
        }
    }
}
fn mk(t: Tracked) -> impl Fn(i64) -> i64 {
    move |x| x + t.len()
}
