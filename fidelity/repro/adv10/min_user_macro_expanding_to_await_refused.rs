// args: 2
// NEW (refusal; a ledger gap rather than a fixable difference). A `macro_rules!` declared outside the body whose
// EXPANSION contains `.await` (`retry_twice!(fetch(k))` expanding to `match $call.await { .. }`) compiles in the
// `async fn` and is rustc's bare E0728 "`await` is only allowed inside `async` functions and blocks" in the
// coroutine (twice, at the macro's `.await`s), with no coro message: the attribute sees only `retry_twice!(..)`.
// The ledger covers `.await` in a macro's INPUT (a coro error with a rewrite, limit 6), not in its expansion.
// (180.) Likely check.rs / rules (no rule can see the expansion; a note on E0728 in the docs, or a coro error
// for an unknown macro in a coroutine body whose name suggests awaiting, is all that is possible).
// Workaround: write the `match` in the body, or make the helper a #[coro::coroutine] fn.
fn f(k: i64) -> i64 {
    retry_twice!(fetch(k))
}
macro_rules! retry_twice {
    ($call:expr) => {{
        match $call.await { Some(v) => v, None => $call.await.unwrap_or(-1) }
    }};
}
use retry_twice;
#[co] fn fetch(n: i64) -> Option<i64> { tick("fetch").await; if n % 2 == 0 { Some(n) } else { None } }
