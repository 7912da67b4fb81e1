// args: 1
// NEW (silent, EDITION 2021 ONLY: run with `coro-fidelity --edition 2021 --files <this>`; passes in 2024).
// An awaited `if let` scrutinee that does not match, with an `else` that suspends: edition 2021 keeps the value
// (a temporary of the scrutinee) to the end of the `if let`, past the `else`; the coroutine drops it before
// the `else`, as 2024 does, and no edition assertion fires (the ledger, limit 2, says an `if let` scrutinee with
// a non-empty `else` held across a suspension gets the assertion; here the scrutinee is the awaited value itself):
// coro ["new err", "poll p", "poll p", "drop err", "new else", ..], async fn (2021) ["new err", "poll p",
// "poll p", "new else", "poll b", "poll b", "len else", "drop else", "drop err"]. Also in `else if let` chains (35),
// and with a scrutinee that is not awaited at all (`if let Ok(n) = res_trk(k, "err") { n } else { g().await; .. }`:
// coro ["new err", "drop err", "new else", ..], async fn 2021 [.., "drop else", "drop err"]), the very case the
// ledger says is asserted.
// Likely lower/control.rs `awaited_scrutinee_as_value` / `held_scrutinee_value` (no `require_edition_2024`).
// Workaround: `match` (whose scrutinee lives to its end in every edition), or bind the value first.
fn f(k: i64) -> i64 {
    if let Ok(n) = ready("p", res_trk(k, "err")).await { n } else { let e = Tracked::new("else"); tick("b").await; e.len() }
}
