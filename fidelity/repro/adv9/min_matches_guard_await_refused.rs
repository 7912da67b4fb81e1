// args: 2
// REFUSAL (coro message, with a rewrite): `.await` in a `matches!` guard, `matches!(o, Some(n) if n >= f().await)`:
// "`.await` in a `matches!` pattern guard is not supported by #[coro::coroutine]" (help: await first, or write a
// `match`). A `match` guard that awaits is supported; the ledger's list of refused `.await` positions (limit 6:
// `unsafe`, a guard reading a `&mut` binding, an unknown macro's input) does not name this one.
fn f(k: i64) -> i64 {
    let m = matches!(Some(k), Some(n) if n >= ready("g", 2).await);
    m as i64
}
