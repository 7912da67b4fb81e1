// args: 2
fn f(k: i64) -> i64 {
    let c = RefCell::new(vec![Tracked::new("a")]);
    let n = g(&*c.borrow(), ready("x", k).await);
    let m = g(&*Box::new(vec![Tracked::new("bx")]), ready("y", 1).await);
    c.borrow_mut().push(Tracked::new("b"));
    tick("z").await;
    n + m + c.borrow().len() as i64
}
fn g(v: &[Tracked], x: i64) -> i64 { v.len() as i64 + x }
use std::cell::RefCell;
