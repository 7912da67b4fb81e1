// args:
// RefCell temporaries in a block tail, a #[co] fn's tail, an `if` condition, a `&&` operand and a let-else scrutinee, probed during awaits.
fn f() -> i64 {
    let c = RefCell::new(vec![5]);
    let a = { c.borrow().len() as i64 + probe(&c, "block-tail").await };
    let b = tail(&c).await;
    let mut d = 0;
    if c.borrow().len() > 0 && probe(&c, "and").await > 5 {
        d += probe(&c, "then").await;
    }
    let Some(x) = c.borrow().first().copied() else { return -1; };
    let e = x + probe(&c, "after-let-else").await;
    a * 1000 + b * 100 + d + e
}
use std::cell::RefCell;
#[co] fn tail(c: &RefCell<Vec<i64>>) -> i64 {
    tick("tail").await;
    c.borrow()[0] + probe(c, "fn-tail").await
}
#[co] fn probe(c: &RefCell<Vec<i64>>, at: &'static str) -> i64 {
    tick(at).await;
    let free = c.try_borrow_mut().is_ok();
    log(format!("{at} free {free}"));
    if free { 10 } else { 1 }
}
