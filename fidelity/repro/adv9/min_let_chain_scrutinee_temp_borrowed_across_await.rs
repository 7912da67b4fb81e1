// args: 1
// REFUSAL (E0505 "cannot move out of value because it is borrowed", at the attribute, naming `__CoroState<..>`):
// a let chain whose `let` scrutinee borrows a temporary (`c.borrow().first()`) and whose later condition awaits:
// `if let Some(x) = c.borrow().first() && *x < f().await { .. }`. The nested form the ledger says a chain means,
// `if let Some(x) = c.borrow().first() { if *x < f().await { .. } }`, compiles and runs the same as the async fn
// (213). The async fn compiles. A `while let` chain, `while let Some(x) = q.borrow().last().copied() && x > f().await`,
// is E0597 "`q` does not live long enough" / E0505 "cannot move out of `q`" at the user's lines (215).
fn f(k: i64) -> i64 {
    let v = std::cell::RefCell::new(vec![k]);
    if let Some(x) = v.borrow().first() && *x < ready("c", 3).await {
        return *x;
    }
    0
}
