// args:
// class temp-borrowed (item 2): a borrowed temporary in a call whose later argument awaits.
fn f() -> i64 {
    consume(&Tracked::new("t"), ready("r", 1).await)
}
