// args: true
// `let Some(t) = o else { .. }` of a homed binding, and a guarded arm.
fn f(c: bool) -> i64 {
    let o: Option<Tracked> = opt_trk("t", c);
    let q: Option<Tracked> = opt_trk("q", true);
    let r = (&o, &q);
    tick("a").await;
    log_opt(r.0);
    log_opt(r.1);
    let n = match q {
        Some(t) if t.len() > 5 => t.len(),
        Some(t) => {
            tick("g").await;
            t.len() + 1
        }
        None => 0,
    };
    let Some(t) = o else {
        tick("e").await;
        return n;
    };
    tick("b").await;
    t.len() + n
}
