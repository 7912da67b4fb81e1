// args: 2
// NEW (silent difference; was a refusal, E0507, at 94607c7). A receiver place with a computed index
// (`rows[k + 1].push(x.await)`) is now "borrowed in place": the coroutine evaluates the index operand, then the
// arguments (and their .await), and only then calls Index::index / IndexMut::index_mut (the bounds check).
// Rust calls index_mut on the receiver BEFORE evaluating the arguments (no two-phase borrow through IndexMut).
// Here the index is out of bounds: async fn panics at once with log [], the coroutine first logs "arg" and
// polls `a` twice, then panics: coro Err(panic ..) ["arg", "poll a", "poll a"] | async fn Err(panic ..) [].
// With a logging IndexMut (91_index_custom_order.rs): coro ["arg", "poll a", "poll a", "index_mut 1", ..],
// async fn ["index_mut 1", "arg", "poll a", "poll a", ..]; also for `&self` receivers (92_..., Index::index).
// It also ACCEPTS a program the async fn refuses (99_index_receiver_invalid_accepted.rs:
// `rows[i].push({ rows.clear(); ready(..).await })` is E0499 in Rust, compiles as a coroutine and panics).
// Likely commit 898b016, lower/operands.rs (`ctx == Ctx::Receiver && !is_place_or_const(op)` -> Operand::InPlace,
// hoist_place_operands evaluates only the index operands; the Index call stays at the use after the .await).
fn f(k: i64) -> i64 {
    let mut rows = vec![Vec::new(), Vec::new()];
    rows[k as usize + 1].push({ log("arg"); ready("a", k).await });
    rows.len() as i64
}
