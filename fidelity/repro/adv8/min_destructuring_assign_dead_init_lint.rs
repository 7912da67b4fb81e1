// args:
// MIN (lint difference): a destructuring assignment with an awaited operand into a binding whose initial value is never
// read: the coroutine warns "unused variable `n`", the async fn "value assigned to `n` is never read" (the user's code
// warns either way; the text differs). Found by 119_destructuring_assign_tracked.rs.
fn f() -> i64 {
    let mut n = 0;
    [n, _] = [ready("n", 5).await, 6];
    n
}
