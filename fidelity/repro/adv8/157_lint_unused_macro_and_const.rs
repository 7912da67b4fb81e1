// args:
// An unused body-local macro_rules and a lower-case inner const (non_upper_case_globals) in a suspending body.
fn f() -> i64 {
    macro_rules! never_used { () => { 0 }; }
    const limit: i64 = 4;
    let n = ready("n", limit).await;
    n
}
