// args: 2
// NEW (lint difference, low impact). Code after a `return` that contains an `.await`: the async fn warns
// "unreachable statement" at it (line 5); the coroutine drops the dead code silently and, because the dead
// code was the only user of a name imported by `use crate::support::*` (`tick`), warns "unused import" at
// line 1 instead. A user who leaves a debugging `return` in gets a confusing warning about an import.
// Likely the lowering of statements after a diverging one (lower/stmts.rs / emit: unreachable code is not emitted).
// Workaround: none needed (remove the dead code).
fn f(k: i64) -> i64 {
    return k;
    tick("never").await;
    0
}
