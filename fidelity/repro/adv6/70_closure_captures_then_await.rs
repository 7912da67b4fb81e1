// args:
// Closures capturing locals by reference used before and after awaits (not across), a `move` closure over a Tracked called after an await.
fn f() -> i64 {
    let prefix = Tracked::new("pre");
    let fmt = |n: i64| format!("{}-{n}", prefix.name());
    let a = fmt(ready("a", 1).await);
    tick("mid").await;
    let b = fmt(2);
    let owned = Tracked::new("owned");
    let consume = move |k: i64| owned.len() + k;
    let c = consume(ready("c", 3).await);
    tick("after").await;
    let d = consume(4);
    a.len() as i64 * 1000 + b.len() as i64 * 100 + c * 10 + d
}
