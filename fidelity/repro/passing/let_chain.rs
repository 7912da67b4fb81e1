// args:
// class let-chain (item 5): a let chain whose scrutinee awaits.
fn f() -> i64 {
    if let Some(t) = ready("r", opt_trk("t", true)).await && t.len() > 0 {
        t.len()
    } else {
        0
    }
}
