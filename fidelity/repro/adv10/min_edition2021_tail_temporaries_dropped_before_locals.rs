// args: 2
// NEW (silent, EDITION 2021 ONLY: run with `coro-fidelity --edition 2021 --files <this>`; passes in 2024).
// The tail expression's temporaries of the function body (and of a block with locals, `let x = { let inner = ..;
// tick().await; consume(&Tracked::new("tail"), inner.len()) };`) drop AFTER the locals in edition 2021. The
// coroutine drops them first, as edition 2024 does, without the edition assertion the ledger promises for
// edition-dependent drops ("never an earlier drop", limit 2): coro ["new a", "poll x", "poll x", "new tail",
// "len a", "consume tail 3", "drop tail", "drop a"], async fn (2021) [.., "consume tail 3", "drop a", "drop tail"].
// The temporaries are made after the last suspension, so the "held across a suspension" rule that triggers the
// assertion does not apply, yet the order still changes (the return value is computed in a `let` before the
// locals drop). Edition 2021 is still the edition of most crates; `f(&format!(..))` as a tail is common.
// Likely the emission of the body's/block's tail (lower/stmts.rs, emit: `__coro_ret`) and
// lower/temp_syntax.rs `note_final_tails` (the edition assertion).
// Workaround: bind the tail value first (`let r = consume(&Tracked::new("tail"), ..); r`), or use edition 2024.
fn f(k: i64) -> i64 {
    let a = Tracked::new("a");
    tick("x").await;
    consume(&Tracked::new("tail"), a.len() + k)
}
