// args:
// `if let` on an awaited Option<Tracked> (None) then `else if cond` with a call creating Tracked, then `else` awaiting.
fn f() -> i64 {
    let mut n = 0;
    if let Some(t) = ready("a", opt_trk("x", false)).await {
        n += t.len();
    } else if Tracked::new("cond").len() > 2 {
        n += 1;
    } else {
        let _e = Tracked::new("else");
        n += ready("b", 10).await;
    }
    if let Ok(v) = ready("c", res_trk(3, "errc")).await { n += v; } else { n += Tracked::new("plain-else").len(); }
    n
}
