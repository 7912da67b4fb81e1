// args: 2
// A RefCell Ref temporary alive across the await of its statement; a co helper borrowing mutably panics "already borrowed".
fn f(k: i64) -> i64 {
    let cell = RefCell::new(k);
    let _g = Tracked::new("guard");
    let a = *cell.borrow() + bump(&cell, 1).await;
    log(format!("a {a}"));
    let b = cell.borrow().abs() + bump(&cell, 2).await;
    a + b
}
use std::cell::RefCell;
#[co] fn bump(c: &RefCell<i64>, n: i64) -> i64 {
    tick("bump").await;
    let _h = Tracked::new("bump");
    *c.borrow_mut() += n;
    n
}
