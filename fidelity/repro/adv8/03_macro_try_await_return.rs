// args: 3
// A `check!` macro expanding to an early `return` (like Python's guard clauses) used between awaits, with a guard alive.
fn f(k: i64) -> i64 {
    macro_rules! check { ($c:expr, $v:expr) => { if !$c { log("check failed"); return $v; } }; }
    let _g = Tracked::new("g");
    let a = ready("a", k).await;
    check!(a > 0, -1);
    let t = Tracked::new("t");
    let b = ready("b", a * 2).await;
    check!(b < 5, t.len());
    tick("end").await;
    a + b
}
