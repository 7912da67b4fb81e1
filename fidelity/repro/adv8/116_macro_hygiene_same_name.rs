// args:
// A macro declaring a hygienic local `x` beside a user local `x` (both Tracked) across awaits; the user's `x` used after.
fn f() -> i64 {
    macro_rules! scratch { () => { let x = Tracked::new("macro-x"); log(format!("m {}", x.name())); }; }
    let x = Tracked::new("user-x");
    scratch!();
    tick("a").await;
    let n = x.len();
    tick("b").await;
    n
}
