// args: 2
// NEW (UNSOUND: use after free in safe code). The min_underscore_assign_of_binding_drops_it.rs bug on a binding
// with a home (borrowed across an `.await`): `_ = s;` is lowered to `_ = read_local(&__coro_home_s)`, which moves
// the String out of its home and drops it while `r = &s` still points there; the `async` shadow copy accepts it,
// since `_ = s` moves nothing in Rust. The freed buffer is reused by `junk`: coro returns
// "XXXXXXXXXXX 11 2", async fn "hello world 11 2" (the log is the same). coro-expand shows the read.
// Likely destructuring.rs `is_destructuring` (a bare `_` left side is not desugared to `let _ = right;`) with
// lower/exprs.rs / fragment/forms.rs `Expr::Assign` lowering the right side as a by-value operand.
// Workaround: `let _ = &s;` (or `let _ = s;`).
fn f(k: i64) -> String {
    let s = String::from("hello world");
    let r = &s;
    tick("y").await;
    _ = s;
    let junk = String::from("XXXXXXXXXXX");
    tick("x").await;
    format!("{} {} {}", r, junk.len(), k)
}
