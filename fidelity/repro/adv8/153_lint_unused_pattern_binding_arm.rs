// args: 1
// An arm binding never used (`Some(payload) => { tick().await; .. }`) and an unused `for` binding, after awaited scrutinees.
fn f(k: i64) -> i64 {
    let mut n = 0;
    match ready("m", opt_trk("p", k > 0)).await {
        Some(payload) => { tick("some").await; n += 1; }
        None => {}
    }
    for item in bag("a", "b") { tick("it").await; n += 1; }
    n
}
