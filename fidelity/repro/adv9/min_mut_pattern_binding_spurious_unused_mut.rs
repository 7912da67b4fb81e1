// args: 1
// LINT DIFFERENCE: a `mut` binding in an `if let` pattern (or a guarded `match` arm's pattern) that the branch
// mutates after an `.await` gets "variable does not need to be mutable" in the coroutine only (wrong: it is mutated).
// 192: `Some(mut v) if v.len() == 1 => { v.push(f().await); .. }` and `if let Some(mut w) = .. { .. } else { .. }`.
// Unguarded arms, `while let`, `for`, `let` tuples and `let else` do not warn (191).
// coro:     "warning: variable does not need to be mutable" (line of the `if let`)
// async fn: no warning
fn f(k: i64) -> i64 {
    if let Some(mut v) = Some(vec![k]) {
        v.push(ready("v", 3).await);
        return v.len() as i64;
    }
    0
}
