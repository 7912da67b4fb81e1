// args:
// Was MIN (fixed in the eleventh session): `let P = <awaited> else { .. }` whose awaited value does not match and needs drop (`Err(Tracked)`):
// Rust drops it before the `else` block runs; the coroutine after it (here at the `return`).
// coro  ["new e", "poll b", "poll b", "in else", "drop e"]
// async ["new e", "poll b", "poll b", "drop e", "in else"]
// Same family as min_if_let_awaited_scrutinee_past_else.rs. Found by 102_let_else_awaited_err.rs.
fn f() -> i64 {
    let Ok(b) = ready("b", res_trk(3, "e")).await else {
        log("in else");
        return 0;
    };
    b
}
