// args: 2
// Closures that move Tracked captures, returned from helpers, called after awaits; FnOnce vs FnMut.
fn f(k: i64) -> i64 {
    let mk = |t: Tracked| move |x: i64| x + t.len();
    let add = mk(Tracked::new("cap"));
    let a = add(ready("a", k).await);
    tick("mid").await;
    let b = add(2);
    let once = {
        let owned = Tracked::new("once");
        move || take(owned)
    };
    tick("before_once").await;
    let c = { once }();
    let mut counter = counter_from(Tracked::new("ctr"));
    let d = counter() + ready("d", 0).await + counter();
    a * 1000 + b * 100 + c * 10 + d
}
fn counter_from(t: Tracked) -> impl FnMut() -> i64 {
    let mut n = 0;
    move || { n += 1; n + t.len() }
}
