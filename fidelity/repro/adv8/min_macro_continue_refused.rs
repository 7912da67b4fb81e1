// args:
// MIN (refusal E0695): a `continue` inside a user macro's expansion, in a loop whose body suspends: "unlabeled
// `continue` inside of a labeled block" (E0308 `Poll<i64>` vs `()` inside 05). Found by 05_macro_loop_control.rs.
fn f() -> i64 {
    macro_rules! skip_if { ($c:expr) => { if $c { continue; } }; }
    let mut n = 0;
    for i in 0..3 {
        skip_if!(i == 1);
        tick("a").await;
        n += i;
    }
    n
}
