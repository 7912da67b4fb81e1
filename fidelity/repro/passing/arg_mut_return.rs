// args: Tracked::new("a0"), Tracked::new("a1")
// class arg-patterns: drop order of a `mut` argument on an early return.
fn f(a0: Tracked, mut a1: Tracked) -> i64 {
    tick("t").await;
    if a0.len() > 0 {
        log(a1.name());
        return 1;
    }
    a1 = Tracked::new("a2");
    log(a1.name());
    0
}
