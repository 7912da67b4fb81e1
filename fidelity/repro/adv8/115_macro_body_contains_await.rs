// args:
// A helper macro whose own body (not its input) contains `.await`: `macro_rules! fetch { ($n:expr) => { ready("m", $n).await }; }`.
fn f() -> i64 {
    macro_rules! fetch { ($n:expr) => { ready("m", $n).await }; }
    let a = fetch!(3);
    let b = fetch!(a + 1);
    a * 10 + b
}
