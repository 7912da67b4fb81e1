// args:
// MIN (refusal E0308): a `break` inside a user macro's expansion, in a loop whose body suspends:
// "mismatched types: expected `Poll<_>`, found `()`". Found by 05_macro_loop_control.rs (with min_macro_continue_refused.rs).
fn f() -> i64 {
    macro_rules! stop_if { ($c:expr) => { if $c { break; } }; }
    let mut n = 0;
    loop {
        n += 1;
        stop_if!(n > 2);
        tick("a").await;
    }
    n
}
