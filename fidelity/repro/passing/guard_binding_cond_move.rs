// args: false
// class cond-move: a guarded arm binding moved on some paths only (needs a drop flag).
fn f(c: bool) -> i64 {
    let o = opt_trk("t", true);
    match o {
        Some(t) if t.len() == 1 => {
            if c {
                log_i(take(t));
            }
            tick("a").await;
            1
        }
        _ => 0,
    }
}
