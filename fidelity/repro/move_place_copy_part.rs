// args: 1
// class move-place: `(k, _)` on a binding copies `k` and moves nothing; the coroutine drops the binding at the arm's suspension, the async fn at the end of its scope (silent).
fn f(n: i64) -> i64 {
    let p = (n, Tracked::new("b"));
    match p {
        (k, _) => {
            tick("t").await;
            log_i(k);
        }
    }
    log("after");
    0
}
