// args:
// class await-receiver: an awaited value used as a receiver inside a call argument.
fn f() -> i64 {
    log_i(ready("r", Tracked::new("t")).await.len());
    0
}
