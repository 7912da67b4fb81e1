// args:
// MIN (refusal; NEW by the ledger, same root as min_uppercase_pattern_if_let_binding_not_found.rs):
// `match Some(Tracked::new("t13")) { Some(T_14) => .., None => { ..await.. } }`, the arm binding
// taken for a constant's path:
// coro: error[E0382]: use of partially moved value (at the attribute); async fn: compiles, runs.
// Generator: --classes ci,uppercase-binding --seed 5, program seed 6823262233341352506 (shrunk by hand).
fn f() -> i64 {
    match Some(Tracked::new("t13")) {
        Some(T_14) => {
            log(T_14.name());
        }
        None => {
            tick("r18").await;
        }
    }
    0
}
