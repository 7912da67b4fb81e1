// args:
// MIN (lint difference): `while let Some(mut t) = q.pop()` whose body mutates t before an await:
// the coroutine alone warns "variable does not need to be mutable".
fn f() -> i64 {
    let mut q = vec![(1i64, Tracked::new("a"))];
    let mut n = 0;
    while let Some(mut t) = q.pop() {
        t.0 -= ready("step", 2).await;
        n += t.0;
    }
    n
}
