// args:
// MIN (refusal, NEW): a non-`move` closure temporary that captures a binding by reference,
// called at once with an awaited argument: `(|x: i64| x + t.len())(ready(..).await)`, `t`
// used later. coro: error[E0597]: `t` does not live long enough and error[E0505]: cannot
// move out of `t` because it is borrowed (at the closure's line and the next use); async fn:
// compiles, runs. The called temporaries `adder(1)(ready(..).await)`,
// `adder_t(Tracked::new("tmp"))(ready(..).await)` and `(move |x: i64| x + t.len())(..)` pass.
// Likely transform file: macros/transform/src/lower/temps.rs / borrowed_temps.rs (a callee
// temporary held across the argument's suspension borrows a homed binding: the capture is
// not rebased onto the home, or the binding is taken out of its home while the closure lives).
// Generator: --classes ci,callee-temp,callee-borrow (class `callee-borrow`, split off).
fn f() -> i64 {
    let t = Tracked::new("a");
    log_i((|x: i64| x + t.len())(ready("v", 1).await));
    log(t.name());
    0
}
