// args: true
// `let Pair { a, b } = p;` of a homed binding.
fn f(c: bool) -> i64 {
    let p = Pair { a: Tracked::new("a"), b: Tracked::new("b") };
    let r = &p;
    tick("x").await;
    log_pair(r);
    if c {
        let Pair { b, a } = p;
        tick("y").await;
        log(b.name());
        return a.len();
    }
    tick("z").await;
    0
}
