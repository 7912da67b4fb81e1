// args: true
// A homed binding (borrowed across an `.await`) consumed by `unwrap`, then an `.await`.
fn f(c: bool) -> i64 {
    let o: Option<Tracked> = opt_trk("t", c);
    let r = &o;
    tick("a").await;
    log_opt(r);
    let t = o.unwrap();
    tick("b").await;
    t.len()
}
