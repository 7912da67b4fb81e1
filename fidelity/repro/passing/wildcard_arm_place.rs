// args: 1
// class move-place: an arm whose pattern leaves the scrutinee binding whole (`Err(_)`) and awaits, beside one that binds. Was silent (`r` dropped at the suspension); the binding is now moved on the binding arm's path only (a drop flag: a home), and kept to the end of its scope on the other (`lower::rest::LeftBinding`).
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
