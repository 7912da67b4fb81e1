// args: true
// A `match` moving out of a homed binding on one arm; the other arm keeps it.
fn f(c: bool) -> i64 {
    let o: Option<Tracked> = opt_trk("t", c);
    let r = &o;
    tick("a").await;
    log_opt(r);
    let k = Tracked::new("k");
    match o {
        Some(t) => {
            tick("b").await;
            t.len() + k.len()
        }
        None => {
            tick("c").await;
            0
        }
    }
}
