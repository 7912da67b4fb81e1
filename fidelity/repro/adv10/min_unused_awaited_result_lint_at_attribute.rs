// args: 2
// NEW (lint difference). An awaited `Result` discarded by an expression statement (`close(k).await;`, the
// classic forgotten error of async code) gets "unused `Result` that must be used" in both twins, but the
// coroutine's points at the `#[coro::coroutine]` attribute (line 2 of the generated file) instead of the
// statement (line 4 in the async fn): coroutine ["2: warning: unused `Result` that must be used"], async fn
// ["4: warning: unused `Result` that must be used"]. The user cannot tell which call it means in a body with
// several. Likely the lowering of an awaited expression statement (lower/stmts.rs: the ready value
// `__coro_tmp;` statement is spanned at the attribute, call_site).
// Workaround: none needed for behaviour; `let _ = close(k).await;` or handle the error.
fn f(k: i64) -> i64 {
    close(k).await;
    k
}
#[co] fn close(k: i64) -> Result<(), String> { tick("close").await; if k > 1 { Ok(()) } else { Err("busy".into()) } }
