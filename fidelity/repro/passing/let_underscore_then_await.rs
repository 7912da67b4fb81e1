// args:
// class let-underscore: `let _ = x.await;` must drop the value at once.
fn f() -> i64 {
    let _ = ready("r", Tracked::new("w")).await;
    tick("t").await;
    0
}
