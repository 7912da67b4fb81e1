// args:
// Cell/RefCell values read in operands before and after an awaited operand that changes them.
fn f() -> i64 {
    use std::cell::{Cell, RefCell};
    let c = Cell::new(1i64);
    let r = RefCell::new(vec![1i64]);
    let a = add3(c.get(), bump(&c).await, c.get());
    let b = add3(r.borrow().len() as i64, grow(&r).await, r.borrow().len() as i64);
    let v = [c.get(), bump(&c).await, c.get()];
    a * 100 + b * 10 + v.iter().sum::<i64>()
}

#[co] fn bump(c: &std::cell::Cell<i64>) -> i64 {
    tick("bump").await;
    c.set(c.get() * 10);
    c.get()
}
#[co] fn grow(r: &std::cell::RefCell<Vec<i64>>) -> i64 {
    tick("grow").await;
    r.borrow_mut().push(2);
    7
}
