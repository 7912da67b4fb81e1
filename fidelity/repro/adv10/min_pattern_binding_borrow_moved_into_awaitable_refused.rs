// args: 2
// NEW (refusal; the async fn compiles). A binding of an `if let` / `match` pattern over a scrutinee that
// borrows a local (`v.first()`, `m.get_mut(&k)`, `o.as_mut()`, `v.last_mut()`, `Some(&mut v)`), passed into an
// awaited call and not used after that `.await`, with the local used after the `if let`:
//     if let Some(first) = v.first() { show_len(first).await; }  v.len()
// is E0505 "cannot move out of `v` because it is borrowed" at the later use (and at the `}`); coro-expand shows
// `v` carried into the next variant by value (no home) while the awaitable holds `first`. Real code does this
// all the time (`if let Some(conn) = pool.get(&id) { audit(conn).await; }`, 173; a method call on the binding,
// `conn.send(m).await`, passes). (168, 173; the other forms in SUMMARY.)
// Also `let o = Some(&t); if let Some(r) = o { show_len(r).await; } t.len()` (E0505/E0597).
// `let first = v.first().unwrap(); show_len(first).await; v.len()` passes (a `let` holder moved into the
// awaitable gets its referent a home, limit 3), so does a pattern binding used after the `.await`
// (`if let Some(e) = m.get_mut(&k) { e.v += f().await; }`, 52) and `for t in v.iter() { show_len(t).await; }`.
// Likely analyse/borrows.rs (`request_slots` covers `let` holders moved into the awaitable, not pattern bindings).
// Workaround: use the binding after the await (`let n = show_len(first).await; let _ = first;`) or bind with `let`.
fn f(k: i64) -> i64 {
    let v: Vec<Tracked> = vec![Tracked::new("a")];
    if let Some(first) = v.first() { show_len(first).await; }
    v.len() as i64 + k
}
#[co] fn show_len(t: &Tracked) -> i64 { tick("s").await; t.len() }
