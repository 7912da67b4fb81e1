// args: 2
// NEW (silent). `for _ in items { .. .await .. }` over owned items with drop glue: Rust's `for` is `match
// it.next() { Some(_) => body, .. }`, so an item matched by `_` is not moved out and drops when the iteration
// ends, after the body. The coroutine drops it at the top of the body, before the body's first `.await`:
// coro ["new a", "new b", "drop a", "poll body", "poll body", "drop b", ..], async fn ["new a", "new b",
// "poll body", "poll body", "drop a", "poll body", "poll body", "drop b"]. Same with `vec`/`Vec` items;
// `for (_, i) in ..` and `for Pair { a, .. } in ..` are handled (the latter is a compile error naming the parts).
// Likely the `for` lowering (lower/loops.rs: a bare `_` pattern is taken to bind nothing,
// so the item is not kept to the end of the iteration).
// Workaround: `for _item in items` (the item then lives to the end of the iteration, as in Rust).
fn f(k: i64) -> i64 {
    let mut n = 0;
    for _ in [Tracked::new("a"), Tracked::new("b")] {
        tick("body").await;
        n += 1;
    }
    n + k
}
