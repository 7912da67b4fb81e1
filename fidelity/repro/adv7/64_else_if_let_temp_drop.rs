// args:
// `if let` on an awaited Result holding a Tracked in Err, then `else if let` whose scrutinee creates Tracked: the first scrutinee drops before the second is evaluated.
fn f() -> i64 {
    if let Ok(n) = ready("a", res_trk(1, "err")).await {
        n
    } else if let Some(t) = opt_trk("second", true) {
        t.len()
    } else {
        0
    }
}
