// args:
// MIN (mismatch, silent): a compiled-out statement that would move a binding (`#[cfg(any())] drop(x);`) makes the
// coroutine drop `x` there, before a later suspension, instead of at the end of its scope.
// coro  ["new x", "drop x", "poll a", "poll a"]
// async ["new x", "poll a", "poll a", "drop x"]
// Found while reducing 131_cfg_attr_statements.rs.
fn f() -> i64 {
    let x = Tracked::new("x");
    #[cfg(any())]
    drop(x);
    tick("a").await;
    5
}
