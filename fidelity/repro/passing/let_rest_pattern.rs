// args: 1
// class move-place: `let Pair { a, .. } = p;` leaves `p.b` in `p`; the coroutine drops it at the next suspension, the async fn at the end of `p`'s scope (silent).
fn f(n: i64) -> i64 {
    let p = Pair { a: Tracked::new("a"), b: Tracked::new("b") };
    let Pair { a, .. } = p;
    log(a.name());
    tick("t").await;
    log_i(n);
    0
}
