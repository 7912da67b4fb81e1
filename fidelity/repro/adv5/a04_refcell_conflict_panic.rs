// args:
// A RefMut temporary held across an await while the awaited helper borrows the same cell: both twins panic alike.
fn f() -> i64 {
    use std::cell::RefCell;
    use std::rc::Rc;
    let guard = Tracked::new("guard");
    let shared = Rc::new(RefCell::new(vec![1i64]));
    let n = peek(shared.clone()).await;
    shared.borrow_mut().push(peek(shared.clone()).await + n);
    guard.len() + shared.borrow().len() as i64
}

#[co] fn peek(s: std::rc::Rc<std::cell::RefCell<Vec<i64>>>) -> i64 {
    let _t = Tracked::new("peek");
    tick("peek").await;
    let v = s.borrow().len() as i64;
    v
}
