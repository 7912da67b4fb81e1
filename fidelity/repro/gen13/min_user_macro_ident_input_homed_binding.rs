// args: Tracked::new("arg0")
// MIN (refusal; NEW by the ledger: not in ARCHITECTURE.md "Known limits", though adversarial round 8
// listed it, repro/adv8/min_homed_binding_as_macro_ident.rs): a binding held across an `.await`
// passed to a user macro's `$t:ident` matcher at statement position (`name_of!(a0);`, expanding to
// `log($t.name());`): the coroutine rewrites the input `a0` to an expression of its home, so
// coro: "error: no rules expected `(`: no rules expected this token in macro call" (at the attribute);
// async fn: compiles, runs.
// Generator: --classes ci,user-macro --seed 5, program seed 5257344909788178588 (shrunk by hand).
fn f(a0: Tracked) -> i64 {
    macro_rules! name_of { ($t:ident) => { log($t.name()); }; }
    let r = &a0;
    tick("r1").await;
    name_of!(a0);
    log(r.name());
    0
}
