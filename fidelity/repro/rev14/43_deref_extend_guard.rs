// args: 2
fn f(k: i64) -> i64 {
    let c = RefCell::new(vec![k]);
    let r = &*c.borrow();
    tick("x").await;
    let n = r.len() as i64;
    let s: &str = &*String::from("abc");
    tick("y").await;
    n + s.len() as i64
}
use std::cell::RefCell;
