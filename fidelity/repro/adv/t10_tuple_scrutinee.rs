// args: true, false
// match on a tuple of owned Options with awaits in arms.
fn f(a: bool, b: bool) -> i64 {
    let x = opt_trk("x", a);
    let y = opt_trk("y", b);
    let r = match (x, y) {
        (Some(p), Some(q)) => {
            tick("both").await;
            p.len() + q.len()
        }
        (Some(p), None) | (None, Some(p)) => {
            tick("one").await;
            p.len()
        }
        (None, None) => 0,
    };
    tick("after").await;
    r
}
