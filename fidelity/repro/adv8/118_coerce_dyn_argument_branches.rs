// args: 1
// An `if` with an await in one branch passed where a `&dyn Debug` parameter coerces both branches (`&Tracked` vs `&i64`).
fn f(k: i64) -> i64 {
    fn describe(d: &dyn std::fmt::Debug) -> i64 { show(&d) }
    let t = Tracked::new("t");
    let n = 42i64;
    let a = describe(if k == 0 { &t } else { tick("b").await; &n });
    a + t.len()
}
