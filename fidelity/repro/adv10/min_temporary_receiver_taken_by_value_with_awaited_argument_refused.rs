// args: 2
// NEW (refusal; the async fn compiles). A temporary receiver that borrows a binding, taken by value by a std
// method whose argument awaits: `*m.entry(k).or_insert(f().await)` (the Entry borrows `m`) is E0597 "`m` does
// not live long enough" (next line) plus E0505 "cannot move out of `m` because it is borrowed" (at the `}`);
// `s += *m.entry(k).or_insert(f().await);` and `let b: i64 = v.iter().take(n.await).sum();` followed by
// another `.await` are E0505 too (121, 108). Also E0597+E0505: `opt.as_ref().map_or(f().await, |t| t.len())`,
// `m.get(&k).map_or(f().await, |v| *v)`, `v.iter().map(g).fold(f().await, ..)`, `v.iter().zip(f().await)`,
// `v.iter().chain(f().await.iter())` (183). Oddly `let a = *m.entry(k).or_insert(f().await);
// tick().await;` compiles and passes. `v.iter().nth(n.await)` (a method borrowing the temporary) passes.
// Likely the held receiver of a by-value std method (lower/receiver_check.rs `held_receiver`,
// `moves::consumes_temporary`) whose borrow of the binding analyse/borrows.rs does not see (no home).
// Workaround: await first: `let d = f().await; let a = *m.entry(k).or_insert(d);`.
fn f(k: i64) -> i64 {
    let mut m = std::collections::BTreeMap::new();
    let a = *m.entry(k).or_insert(ready("v", 5).await);
    a + m.len() as i64
}
