// args:
// A RefCell `Ref` temporary in a statement with a later await (`c.borrow().len() + probe(&c).await`): the async fn keeps the Ref to the `;`, visible to try_borrow_mut during the await.
fn f() -> i64 {
    let c = RefCell::new(vec![Tracked::new("a")]);
    let n = c.borrow().len() as i64 + probe(&c).await;
    let m = probe(&c).await + c.borrow().len() as i64;
    let k = { let l = c.borrow().len() as i64; l } + probe(&c).await;
    n * 100 + m * 10 + k
}
use std::cell::RefCell;
#[co] fn probe(c: &RefCell<Vec<Tracked>>) -> i64 {
    tick("probe").await;
    let free = c.try_borrow_mut().is_ok();
    log(format!("free {free}"));
    free as i64
}
