// args: 2
// `match (ready(a).await, ready(b).await) { (Some(x), Ok(y)) => .., (None, Err(e)) => .., _ => .. }` with Tracked payloads.
fn f(k: i64) -> i64 {
    let mut out = 0;
    for i in 0..=k {
        out = out * 10 + match (ready("a", opt_trk("x", i != 1)).await, ready("b", res_trk(i, "e")).await) {
            (Some(x), Ok(y)) => { tick("both").await; x.len() + y }
            (None, Err(e)) => e.len(),
            (Some(x), Err(_)) => x.len() * 2,
            _ => 0,
        };
    }
    out
}
