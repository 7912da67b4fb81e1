// args:
// class move-from-awaited (issue 11, item 1): a by-value binding out of an awaited scrutinee, in an arm that awaits.
fn f() -> i64 {
    match ready("r", res_trk(1, "e")).await {
        Ok(v) => v,
        Err(e) => {
            tick("t").await;
            e.len()
        }
    }
}
