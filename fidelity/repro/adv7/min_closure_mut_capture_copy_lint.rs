// args:
// MIN (lint difference): a closure capturing a local by `&mut`, alive across a suspension, then `drop(cb)`: only the coroutine warns
// "calls to `std::mem::drop` with a value that implements `Copy` does nothing" (the rewrite makes it a `move` closure over a Copy home reference).
fn f() -> i64 {
    let mut calls = 0;
    let cb = || calls += 1;
    tick("a").await;
    drop(cb);
    calls
}
