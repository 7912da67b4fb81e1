// args: true
// `if let Some(t) = o` of a homed binding (borrowed across an `.await`).
fn f(c: bool) -> i64 {
    let o: Option<Tracked> = opt_trk("t", c);
    let r = &o;
    tick("a").await;
    log_opt(r);
    let k = Tracked::new("k");
    let mut n = 0;
    if let Some(t) = o {
        tick("b").await;
        n += t.len();
    } else {
        tick("c").await;
    }
    tick("d").await;
    n + k.len()
}
