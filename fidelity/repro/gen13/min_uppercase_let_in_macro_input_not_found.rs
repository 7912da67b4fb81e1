// args:
// MIN (refusal; NEW: not in ARCHITECTURE.md "Known limits"; commit 77d30c8 takes an uppercase name bound
// by an irrefutable pattern for a binding everywhere in the body, but its finder does not look into the
// operands of the macros coro lowers, `vec!`/`println!`/`format!`/`assert!`): an uppercase `let` in a
// block that suspends inside `vec![..]` (also `println!("{}", match .. { 1 => { let T_35 = ..; .. } })`):
// coro: error[E0425]: cannot find value `N_1` in this scope (at the use); async fn: compiles, runs.
// Generator: --classes ci,uppercase-binding --seed 5: program seeds 5676263977732145073 (`vec!`),
// 5329699465882568586 (`vec!`, a `&Tracked`), 362406240266410645 (`println!`) (the first, shrunk by the generator).
fn f() -> Result<i64, String> {
    tick("r1").await;
    log_i(1);
    let mut v41: Vec<Tracked> = vec![if true && 0 < 4 {
        Tracked::new("t32")
    } else {
        {
            let N_34: i64 = ready("r33", 2).await;
            let tv37: Tracked = ready("r35", Tracked::new("t36")).await;
            log_i(N_34);
            tv37
        }
    }, {
        let mut acc38: i64 = 0; let mut g39 = |x: i64| acc38 += x;
        Tracked::new("t40")
    }];
    log_i(0);
    log_i(0);
    log_i(0);
    log_i(0);
    log_i(0);
    let tv42: Result<i64, String> = Ok(0);
    log_i(v41.ilen());
    tv42
}
