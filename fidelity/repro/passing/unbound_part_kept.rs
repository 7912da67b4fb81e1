// args:
// class move-from-awaited: what an awaiting arm's pattern leaves of an awaited tuple (`_`) lives to the end of the `match`.
fn f() -> i64 {
    let n = match (ready("r", Tracked::new("a")).await, Tracked::new("b")) {
        (a, _) => {
            tick("t").await;
            a.len()
        }
    };
    log_i(n);
    n
}
