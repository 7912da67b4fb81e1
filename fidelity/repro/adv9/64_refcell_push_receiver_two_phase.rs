// args: 2
// `cell.borrow_mut().push(f().await)`: the RefMut receiver is made before the argument's await and held across it.
fn f(k: i64) -> i64 {
    let cell = std::cell::RefCell::new(Vec::<i64>::new());
    cell.borrow_mut().push(probe(&cell, "push").await);
    cell.borrow_mut().extend([probe(&cell, "ext1").await, k]);
    let n = cell.borrow().len() as i64;
    n * 10 + cell.borrow().iter().sum::<i64>()
}
#[co] fn probe(c: &std::cell::RefCell<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} readable={}", c.try_borrow().is_ok()));
    tick(what).await;
    3
}
