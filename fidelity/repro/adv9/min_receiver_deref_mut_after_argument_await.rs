// args: 0
// MISMATCH (low impact): a method call whose receiver auto-derefs through a user `DerefMut` (`sp.push(f().await)`,
// `sp: Sp` with `Deref<Target = Vec<_>>`): Rust runs `deref_mut` (the receiver's adjustment) before evaluating the
// arguments; the coroutine runs it after the argument's await. Observable when Deref has side effects (logging,
// lazy init, counters). The same for a user `IndexMut` receiver `g[0].push(f().await)` (133), a field through
// `DerefMut` `w.items.push(f().await)` (134); with Vec's own IndexMut the late bounds check is
// min_index_bounds_check_after_later_await.rs. The operand form too: `(&w).n + f().await` through a user `Deref`
// runs `deref` after the await (237).
// coro:     ["poll push", "poll push", "deref_mut"]
// async fn: ["deref_mut", "poll push", "poll push"]
fn f(k: i64) -> i64 {
    let mut sp = Sp { inner: vec![] };
    sp.push(ready("push", k).await);
    sp.inner.len() as i64
}
pub struct Sp { inner: Vec<i64> }
impl std::ops::Deref for Sp { type Target = Vec<i64>; fn deref(&self) -> &Vec<i64> { log("deref"); &self.inner } }
impl std::ops::DerefMut for Sp { fn deref_mut(&mut self) -> &mut Vec<i64> { log("deref_mut"); &mut self.inner } }
