// args:
// MIN (refusal; NEW by the ledger: not in ARCHITECTURE.md "Known limits"; by design in
// macros/transform/src/syntax/pattern.rs, which takes an uppercase name in a REFUTABLE pattern for a
// constant's path): `if let Some(T_8) = .. && c.await { log(T_8.name()); }`:
// coro: error[E0425]: cannot find value `T_8` in this scope (at the use); async fn: compiles, runs.
// Generator: --classes ci,uppercase-binding --seed 5 (before the split into uppercase-pattern),
// program seed 3845800765411280504 (shrunk by hand).
fn f() -> i64 {
    if let Some(T_8) = opt_trk("t2", true) && ready("r7", true).await {
        log(T_8.name());
    }
    0
}
