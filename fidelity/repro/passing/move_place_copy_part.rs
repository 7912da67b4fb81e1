// args: 1
// class move-place: `(k, _)` on a binding copies `k` and moves nothing; the arm awaits. Was silent (the binding dropped at the suspension); the one-arm `match` is now the `let` it means, and the split keeps `p.1` to the end of `p`'s scope.
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
