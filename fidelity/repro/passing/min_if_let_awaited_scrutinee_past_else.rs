// args:
// Was MIN (fixed in the eleventh session): an `if let` whose scrutinee is an awaited value that does not match and needs drop (an `Err(Tracked)`):
// edition 2024 drops it before the `else` block; the coroutine drops it after the `else` block.
// coro  ["new e", "poll a", "poll a", "else", "drop e"]
// async ["new e", "poll a", "poll a", "drop e", "else"]
// The same where the await is inside the scrutinee (`if let Ok(v) = res_trk(ready("a", 1).await, "e")`); an await-free scrutinee
// with a suspending `else` or `then` is right; `while let`, `match` and a let chain (147_let_chain_awaited_scrutinees.rs) on an awaited value are right. Found by 29_if_let_chain_else_if_let.rs, 64_, 65_.
fn f() -> i64 {
    if let Ok(v) = ready("a", res_trk(1, "e")).await { v } else { log("else"); 0 }
}
