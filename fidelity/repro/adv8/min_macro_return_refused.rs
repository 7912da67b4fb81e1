// args:
// MIN (refusal E0308): a `return` inside a user macro's expansion (a guard-clause macro) in a coroutine body:
// "mismatched types: expected `Poll<_>`, found integer". Found by 03_macro_try_await_return.rs.
fn f() -> i64 {
    macro_rules! bail_if { ($c:expr) => { if $c { return 0; } }; }
    tick("a").await;
    bail_if!(false);
    1
}
