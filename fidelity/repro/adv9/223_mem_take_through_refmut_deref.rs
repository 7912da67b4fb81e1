// args: 1
// `std::mem::take(&mut *c.borrow_mut())` in a statement with a later await, and `std::mem::replace` through a guard.
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(vec![k, 2]);
    let n = std::mem::take(&mut *c.borrow_mut()).len() as i64 + probe(&c, "take").await;
    c.borrow_mut().push(9);
    let old = std::mem::replace(&mut *c.borrow_mut(), vec![1]).len() as i64 * probe(&c, "replace").await;
    n + old
}
#[co] fn probe(c: &std::cell::RefCell<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    3
}
