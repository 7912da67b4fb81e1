// args: 0
// LINT DIFFERENCE: a binding whose initial value is never read because it is reassigned from an awaited value
// (`let mut x = 1; x = f().await; use(x)`) is reported by the coroutine as "unused variable `x`" (wrong: it is
// used) where the async fn says "value assigned to `x` is never read". Seen in adv8 for a destructuring assignment
// (adv8/min_destructuring_assign_dead_init_lint.rs); this is the plain-assignment form (126: also in a loop).
// coro:     "unused variable `x`"
// async fn: "value assigned to `x` is never read"
fn f(k: i64) -> i64 {
    let mut x = 1;
    x = ready("d", k).await;
    x
}
