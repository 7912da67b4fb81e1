// args: 2
// A suspending block defines `macro_rules! log` (macro namespace) while the fn `log` is called outside it (value namespace): no shadowing.
fn f(k: i64) -> i64 {
    log("start");
    let a = {
        macro_rules! log { ($e:expr) => { log(format!("m {}", $e)) }; }
        log!("in");
        tick("a").await;
        k + 1
    };
    log("end");
    a
}
