// args:
// class let-underscore: `let _ = x.await;` drops the awaited value at once.
fn f() -> i64 {
    let _ = ready("r", Tracked::new("w")).await;
    log("after");
    0
}
