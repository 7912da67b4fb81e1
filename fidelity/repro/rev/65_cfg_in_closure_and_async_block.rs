// args: 2
// `#[cfg]` on statements inside a closure and inside a nested fn item of a body that awaits (neither suspends the coroutine).
fn f(k: i64) -> i64 {
    let g = |x: i64| {
        #[cfg(debug_assertions)]
        let x = x + 1;
        x * 2
    };
    fn h(x: i64) -> i64 {
        #[cfg(debug_assertions)]
        log("h");
        x
    }
    tick("a").await;
    g(k) + h(k)
}
