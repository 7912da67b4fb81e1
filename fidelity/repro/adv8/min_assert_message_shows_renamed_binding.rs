// args:
// MIN (mismatch, silent): `assert!(cond)` / `debug_assert!(cond)` without a message panics with the stringified condition,
// which shows the coroutine's renamed/homed bindings:
// coro  Err("panic: assertion failed: x_shadowing1 == 3")
// async Err("panic: assertion failed: x == 3")
// With a homed binding (`let r = &v; f().await; assert!(v.len() == 2)`): coro "assertion failed:
// (::coro::__private::place(&__coro_home_v).value).len() == 2", async "assertion failed: v.len() == 2".
// Found while reducing 116/c-variants (stringify! in a user macro).
fn f() -> i64 {
    let x = 1i64;
    let x = x + 1;
    tick("a").await;
    assert!(x == 3);
    x
}
