// args:
// A closure borrowing a local mutably passed by value to a generic #[co] fn (`impl FnMut(i64)`), the local read after the await.
fn f() -> i64 {
    let mut seen = Vec::new();
    let n = feed(3, |x| seen.push(x)).await;
    tick("after").await;
    n * 100 + seen.iter().sum::<i64>()
}
#[co] fn feed(n: i64, mut sink: impl FnMut(i64)) -> i64 {
    let _g = Tracked::new("feed");
    for i in 0..n {
        sink(ready("v", i * 2).await);
    }
    n
}
