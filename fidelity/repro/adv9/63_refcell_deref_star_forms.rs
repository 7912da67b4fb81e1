// args: 1
// `*cell.borrow()` (overloaded Deref of a guard temporary) in arithmetic, comparison and a match scrutinee before
// an await; the probe logs whether the guard is still alive during the await.
fn f(k: i64) -> i64 {
    let cell = std::cell::RefCell::new(k);
    let a = *cell.borrow() + probe(&cell, "add").await;
    let b = (*cell.borrow() < probe(&cell, "lt").await) as i64;
    let c = match *cell.borrow() { 1 => probe(&cell, "arm").await, _ => 0 };
    a + b + c
}
#[co] fn probe(c: &std::cell::RefCell<i64>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    2
}
