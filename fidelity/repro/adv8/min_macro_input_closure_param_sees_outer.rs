// args:
// MIN (mismatch, silent): a closure written inside a user macro's input whose parameter has the name of a coroutine
// binding that is held (homed) or renamed: the parameter's uses are rewritten to the OUTER binding.
// coro  Ok("101")  (the closure computes outer x * 100)
// async Ok("701")
// With a shadowed (renamed) outer `x` instead: coro 202, async 702. Found by probing macro inputs (see 195).
fn f() -> i64 {
    macro_rules! apply { ($f:expr, $a:expr) => { ($f)($a) }; }
    let x = 1i64;
    let r = &x;
    tick("a").await;
    let n = apply!(|x: i64| x * 100, 7);
    n + *r
}
