// args: 1
// `while let Some(x) = q.borrow().last().copied() && x > f().await { .. }` (the scrutinee copies out, so only the
// guard temporary of the chain's first `let` is involved) and `while let Some(x) = q.borrow().last() && ..` (borrowing).
fn f(k: i64) -> i64 {
    let q = std::cell::RefCell::new(vec![1i64, 5, 9]);
    let mut s = 0;
    while let Some(x) = q.borrow().last().copied() && x > ready("c", k).await {
        s += x;
        q.borrow_mut().pop();
    }
    s
}
