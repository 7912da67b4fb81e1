// args: true
// An await-free `match` moving out of a homed binding (moved on one path only).
fn f(c: bool) -> i64 {
    let o: Option<Tracked> = opt_trk("t", true);
    let k = Tracked::new("k");
    let n = if c {
        match o {
            Some(t) => t.len(),
            None => 0,
        }
    } else {
        1
    };
    tick("a").await;
    n + k.len()
}
