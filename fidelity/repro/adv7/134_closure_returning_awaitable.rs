// args:
// Closures returning awaitables (`|k| ready("f", k)`), one borrowing a local Tracked (`|n| weigh(&t, n)`), called and awaited repeatedly.
fn f() -> i64 {
    let t = Tracked::new("weighed");
    let fetch = |k: i64| ready("fetch", k * 2);
    let w = |n: i64| weigh(&t, n);
    let a = fetch(1).await + fetch(2).await;
    let b = w(10).await;
    tick("mid").await;
    let c = w(a).await;
    a * 10000 + b * 100 + c + t.len()
}
