// args: 2
// A #[co] fn with homes taking `impl FnOnce() -> i64`; the caller passes a closure borrowing a local.
fn f(k: i64) -> i64 {
    let local = Tracked::new("local");
    let g = || local.len() + k;
    run_once(g).await
}
#[co] fn run_once(g: impl FnOnce() -> i64) -> i64 {
    let n = 1i64;
    let r = &n;
    tick("a").await;
    g() + *r
}
