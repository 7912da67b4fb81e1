// args:
// Was MIN (fixed in the eleventh session): `o.take().map_or(..)` (or `.map(..)`) as an operand evaluated before an `.await` of the same
// statement, `o` read after a later suspension: the coroutine's `o` is still `Some` (the `take` acted on a copy).
// coro  Ok(("150", 3))   async fn Ok(("151", 3))   (same logs)
// Also `.map(..)`, `.map_or_else`, `.and_then`, `.or`, `.filter` after `take()`; the stale `Some` shows right after the statement too.
// `o.take().unwrap_or(0)`, `.expect(..)`, `v.pop().map_or(..)`, `it.next().map_or(..)` pass; without the later `tick` it passes.
// With heap data this reads freed memory: see min_option_take_map_use_after_free.rs. Found by 117_guard_in_option_taken_mid_statement.rs.
fn f() -> i64 {
    let mut o = Some(5i64);
    let n = o.take().map_or(0, |t| t) + ready("mid", 10).await;
    tick("after").await;
    n * 10 + o.is_none() as i64
}
