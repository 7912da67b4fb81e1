// args: 3
// An async closure (Rust 2024) capturing a local by reference, called twice across awaits.
fn f(k: i64) -> i64 {
    let base = Tracked::new("base");
    let fetch = async |n: i64| -> i64 {
        let _s = Tracked::new("span");
        ready("fetch", n + base.len()).await
    };
    let a = fetch(k).await;
    tick("mid").await;
    let b = fetch(a).await;
    drop(base);
    a * 100 + b
}
