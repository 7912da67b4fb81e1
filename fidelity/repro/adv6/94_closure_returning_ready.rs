// args:
// Closures that return awaitables (`let fetch = |k| ready("k", k * 2);`) awaited inside loops and in expressions, including a closure capturing a Tracked by ref.
fn f() -> i64 {
    let base = Tracked::new("base");
    let fetch = |k: i64| ready("fetch", k * 2 + base.len());
    let mut s = 0;
    for k in 0..3 {
        s += fetch(k).await;
    }
    let both = fetch(1).await + fetch(2).await;
    let pick = |flag: bool| if flag { ready("yes", 1) } else { ready("no", 0) };
    s * 100 + both + pick(both > 10).await
}
