// args:
// MIN (refusal): a #[co] fn with an `impl Fn(&i64) -> bool` argument (`impl Fn(i64) -> bool` too) called inside a `for` over
// `xs.iter()` that suspends (a home): E0309 "the parameter type `impl Fn(&i64) -> bool` may not live long enough ... must be
// valid for the lifetime `'__coro_life0`" (with a type parameter T: "... for the lifetime `'__coro_h`").
// A named `F: Fn(&i64) -> bool` passes; `impl Fn() -> i64` called after the loop passes.
// Found by 08_generic_lifetime_pick.rs, 106_generic_method_map_all.rs.
fn f() -> i64 {
    count(&[1, 2], |x| *x > 1).await
}
#[co] fn count(xs: &[i64], pred: impl Fn(&i64) -> bool) -> i64 {
    let mut n = 0;
    for x in xs.iter() { tick("l").await; if pred(x) { n += 1; } }
    n
}
