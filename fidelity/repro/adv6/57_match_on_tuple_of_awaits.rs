// args:
// `match (f().await, g().await)` with tuple patterns binding Tracked by value in some arms, `..` free, and guard conditions on plain values.
fn f() -> i64 {
    let mut out = 0;
    for i in 0..4 {
        out = out * 10 + match (ready("l", i % 2 == 0).await, ready("r", opt_trk("r", i > 1)).await) {
            (true, Some(t)) => take(t),
            (false, Some(t)) if t.len() > 0 => { tick("guarded").await; 7 }
            (true, None) => 1,
            (false, _) => 2,
        };
    }
    out
}
