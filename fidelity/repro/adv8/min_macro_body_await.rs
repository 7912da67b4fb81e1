// args:
// MIN (refusal E0728): a body-local `macro_rules!` whose own expansion (not its input) contains `.await`:
// "`await` is only allowed inside `async` functions and blocks" (no coro message; limit 6 covers `.await` in a macro's
// input only, with a message). Found by 115_macro_body_contains_await.rs.
fn f() -> i64 {
    macro_rules! fetch { ($n:expr) => { ready("m", $n).await }; }
    let a = fetch!(3);
    a
}
