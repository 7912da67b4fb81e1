// args:
// MIN (lint difference): an expression statement containing an `.await` whose value is `#[must_use]` (`ok_if(x.await);`,
// `ready(.., ok_if(4)).await;`, i.e. `tx.send(m).await;` ignoring a Result): rustc's "unused `Result` that must be used"
// is reported at the attribute (line 2 of the generated file) in the coroutine, at the statement in the async fn.
// Found by 143_lint_unused_result.rs.
fn f() -> i64 {
    ok_if(ready("r", 4).await);
    5
}
