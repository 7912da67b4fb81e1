// args:
// MIN (refusal; NEW: not in ARCHITECTURE.md "Known limits"; commit 77d30c8 takes an uppercase name bound
// by an irrefutable pattern for a binding everywhere in the body, but its finder does not look into the
// operands of the macros coro lowers, `vec!`/`println!`/`format!`/`assert!`): an uppercase `let` in a
// block that suspends inside `vec![..]` (also `println!("{}", match .. { 1 => { let T_35 = ..; .. } })`):
// coro: error[E0425]: cannot find value `N_1` in this scope (at the use); async fn: compiles, runs.
// Generator: --classes ci,uppercase-binding --seed 5: program seeds 5676263977732145073 (`vec!`),
// 5329699465882568586 (`vec!`, a `&Tracked`), 362406240266410645 (`println!`) (shrunk by hand).
fn f() -> i64 {
    let v: Vec<Tracked> = vec![{
        let N_1: i64 = ready("r1", 2).await;
        log_i(N_1);
        Tracked::new("t2")
    }];
    v.ilen()
}
