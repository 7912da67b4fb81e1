// args: 1
// RefCell borrows in statements with awaits, probed by a helper with try_borrow during the await.
fn f(k: i64) -> i64 {
    let c = RefCell::new(vec![Tracked::new("c0")]);
    c.borrow_mut().push(ready("push", Tracked::new("c1")).await);
    let a = c.borrow().len() as i64 + peek(&c).await;
    let b = peek(&c).await + c.borrow().len() as i64;
    let d = if c.borrow().len() > 1 { peek(&c).await } else { 0 };
    let e = match c.borrow().first() { Some(t) => t.len() + k, None => 0 } + peek(&c).await;
    a * 1000 + b * 100 + d * 10 + e
}
use std::cell::RefCell;
#[co] fn peek(c: &RefCell<Vec<Tracked>>) -> i64 {
    tick("peek").await;
    match c.try_borrow_mut() { Ok(v) => v.len() as i64, Err(_) => { log("busy"); -1 } }
}
