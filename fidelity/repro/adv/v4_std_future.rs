// args:
// std futures awaited inside a coroutine: std::future::ready, an async block, a boxed future.
fn f() -> i64 {
    let a = std::future::ready(5).await;
    let t = Tracked::new("blk");
    let fut = async move { t.len() };
    let b = fut.await;
    let boxed: std::pin::Pin<Box<dyn std::future::Future<Output = i64>>> = Box::pin(async { 3 });
    let c = boxed.await;
    tick("t").await;
    a + b + c
}
