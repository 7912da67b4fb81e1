// args: 0
// REFUSAL (E0425 "cannot find value `t` in this scope"): an `if let` guard (`n if let Some(t) = o => ..`, stable
// since Rust 1.95's if_let_guard) whose binding the arm body uses after an `.await`; the async fn compiles.
// A guard `n if let Some(v) = f(n).await =>` is refused with "`.await` inside a `let` condition chain is not
// supported by #[coro::coroutine] yet" (181; no rewrite given). Guards that bind but do not await, with the binding
// used before any await, pass (11 fails, 43 passes).
fn f(k: i64) -> i64 {
    let o = Some(Tracked::new("x"));
    match k {
        n if let Some(t) = &o => { tick("arm").await; n + t.len() }
        _ => 0,
    }
}
