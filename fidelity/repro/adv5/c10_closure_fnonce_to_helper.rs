// args:
// Move closures (FnOnce owning Tracked) passed to helper coroutines; a closure kept and called after awaits.
fn f() -> i64 {
    let t = Tracked::new("owned");
    let u = Tracked::new("kept");
    let a = run_once(move || t.consume_len()).await;
    let peek = || u.len();
    tick("mid").await;
    let b = run_fn(&peek).await;
    let c = run_once(|| Tracked::new("fresh").len() + peek()).await;
    a + b + c
}

#[co] fn run_once<F: FnOnce() -> i64>(f: F) -> i64 {
    tick("before").await;
    let v = { f }(); // documented rewrite (limit 1)
    tick("after").await;
    v
}
#[co] fn run_fn(f: &dyn Fn() -> i64) -> i64 {
    let x = f();
    tick("fn").await;
    x + f()
}
