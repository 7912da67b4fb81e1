// args: 1
// class move-place: an arm whose pattern leaves the scrutinee binding whole (`Err(_)`) and awaits: the coroutine drops `r` (its `Err` payload) at the suspension, the async fn at the end of its scope (silent; the other arm binds, so the scrutinee counts as moved).
fn f(n: i64) -> i64 {
    let r = res_trk(n, "e");
    match r {
        Ok(v) => log_i(v),
        Err(_) => {
            tick("t").await;
        }
    }
    log("after");
    0
}
