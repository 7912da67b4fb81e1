// args: 1
// class move-place: a pattern moves a part out of a binding and leaves the rest (`_`); the arm awaits. The coroutine drops `p.b` at the arm's suspension, the async fn at the end of `p`'s scope (silent).
fn f(n: i64) -> i64 {
    let p = Pair { a: Tracked::new("a"), b: Tracked::new("b") };
    match p {
        Pair { a: t, b: _ } => {
            tick("t").await;
            log(t.name());
        }
    }
    log_i(n);
    0
}
