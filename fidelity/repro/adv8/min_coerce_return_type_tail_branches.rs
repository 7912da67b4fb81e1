// args:
// MIN (refusal E0308): a #[co] fn returning `Box<dyn Trait>` whose tail is an `if` with an await in one branch:
// "expected `Box<{integer}>`, found `Box<&str>`" (the return type no longer coerces the branches). An early
// `return Box::new(..)` works (87). Found by 68_co_factory_returns_box_dyn.rs.
fn f() -> i64 {
    show(&g(1).await)
}
#[co] fn g(k: i64) -> Box<dyn std::fmt::Debug> {
    if k == 0 { Box::new(1) } else { Box::new(ready("s", "s").await) }
}
