// args:
// class await-assert-message (item 6): an await in an assert! message argument.
fn f() -> i64 {
    assert!(1 < 10, "{}", ready("r", 1).await);
    0
}
