// args: 1
// A `move` closure owning a Tracked, called once (FnOnce) after awaits; uncalled on another path.
fn f(k: i64) -> i64 {
    let t = Tracked::new("owned");
    let finish = move |extra: i64| take(t) + extra;
    let a = ready("a", k).await;
    let _g = Tracked::new("g");
    if a > 0 {
        tick("b").await;
        finish(a)
    } else {
        ready("c", 7).await
    }
}
