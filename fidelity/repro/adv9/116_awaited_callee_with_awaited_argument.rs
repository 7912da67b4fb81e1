// args: 2
// An awaited value that is a closure owning a Tracked, called with an awaited argument: `(f.await)(g.await)`.
fn f(k: i64) -> i64 {
    let t = Tracked::new("cap");
    let a = (ready("callee", move |x: i64| x + t.len()).await)(ready("arg", k).await);
    let _after = Tracked::new("after");
    let b = (ready("c2", |x: i64| x * 2).await)(3) + ready("b", 1).await;
    a + b
}
