// args: 2
// `while *c.borrow() < n { .. await .. }` and `while let Some(x) = q.borrow_mut().pop() { .. await .. }`.
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(0i64);
    let q = std::cell::RefCell::new(vec![1, 2]);
    while *c.borrow() < k {
        let add = probe(&c, &q, "while").await;
        *c.borrow_mut() += add;
    }
    while let Some(x) = q.borrow_mut().pop() {
        *c.borrow_mut() += x * probe(&c, &q, "wlet").await;
    }
    *c.borrow()
}
#[co] fn probe(c: &std::cell::RefCell<i64>, q: &std::cell::RefCell<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} c={} q={}", c.try_borrow_mut().is_ok(), q.try_borrow_mut().is_ok()));
    tick(what).await;
    1
}
