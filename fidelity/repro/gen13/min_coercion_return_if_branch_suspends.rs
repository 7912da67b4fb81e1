// args:
// MIN (refusal; NEW: limit 16 says the function's return type is written into each branch where its
// value is made; not for the value of a `return` in a nested block): `return if c.await {
// Box::new(Tracked::new("t20")) } else { tick().await; Box::new(6) };` in `fn f() -> Box<dyn Debug>`:
// coro: error[E0308]: mismatched types: expected `Box<Tracked>`, found `Box<{integer}>`; async fn:
// compiles, runs. (Also `Box<&str>` vs `Box<{integer}>`, `Box<Tracked>` vs `Box<i64>` in the same run.)
// Generator: --classes ci,coercion --seed 5, program seed 2939505174620880143 (shrunk by hand).
fn f() -> Box<dyn std::fmt::Debug> {
    if ready("r0", true).await {
        return if ready("r21", false).await {
            Box::new(Tracked::new("t20"))
        } else {
            tick("r22").await;
            Box::new(6)
        };
    }
    Box::new(0)
}
