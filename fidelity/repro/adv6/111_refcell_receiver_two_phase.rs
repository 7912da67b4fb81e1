// args:
// A RefCell borrow as the receiver of a call whose argument awaits (`c.borrow_mut().push(probe(&c).await)`): Rust evaluates the receiver (taking the RefMut) before the await.
fn f() -> i64 {
    let c = RefCell::new(vec![1]);
    c.borrow_mut().push(probe(&c).await);
    let n = c.borrow().len() as i64;
    let t = c.borrow().iter().sum::<i64>() + probe(&c).await;
    n * 100 + t
}
use std::cell::RefCell;
#[co] fn probe(c: &RefCell<Vec<i64>>) -> i64 {
    tick("probe").await;
    let free = c.try_borrow_mut().is_ok();
    log(format!("free {free}"));
    free as i64 + 10
}
