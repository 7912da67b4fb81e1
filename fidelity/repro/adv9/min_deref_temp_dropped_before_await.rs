// args: 1
// MISMATCH: a temporary that is the operand of a unary `*` (overloaded Deref, e.g. `*cell.borrow()`) in a statement
// with a later `.await` must live to the statement's end (Rust borrows it for `Deref::deref`); the coroutine drops it
// before the await. With a RefCell this turns a "RefCell already borrowed" panic into no panic
// (08_refcell_guard_across_await_conflict_panics.rs); the same for `*cell.borrow() < f().await` and
// `match *cell.borrow() { 1 => f().await, .. }` (63_refcell_deref_star_forms.rs: the guard is released during the
// await in the coroutine only). A field base / receiver / comparison operand that is the guard itself is held (62). Also the built-in
// deref of a `Box` temporary, `(*Box::new(t)).len() + f().await` (107), and `(*node.borrow()).val + f().await` on an
// Rc<RefCell<_>> graph node (108: a concurrent `try_borrow_mut` succeeds in the coroutine only; result 2015 vs 2004),
// and `while let Some(x) = (*q.borrow_mut()).pop() { f().await }` (199: the RefMut is released during the body),
// and the common `std::mem::take(&mut *c.borrow_mut()).len() + f().await` / `mem::replace(&mut *c.borrow_mut(), ..)` (223).
// coro:     ["new g", "drop g", "poll x", "poll x"]
// async fn: ["new g", "poll x", "poll x", "drop g"]
fn f(k: i64) -> i64 {
    let a = *G(Tracked::new("g"), k) + ready("x", 1).await;
    a
}
pub struct G(pub Tracked, pub i64);
impl std::ops::Deref for G {
    type Target = i64;
    fn deref(&self) -> &i64 { &self.1 }
}
