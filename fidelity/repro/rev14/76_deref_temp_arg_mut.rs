// args: 2
fn f(k: i64) -> i64 {
    let c = RefCell::new(vec![1i64]);
    push(&mut *c.borrow_mut(), ready("x", k).await);
    let r = c.try_borrow_mut().is_ok();
    tick("z").await;
    c.borrow().len() as i64 * 10 + r as i64
}
fn push(v: &mut Vec<i64>, x: i64) { v.push(x) }
use std::cell::RefCell;
