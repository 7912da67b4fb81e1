// args: 2
// Rc<RefCell<..>> shared state between helpers and Cell counters, borrows scoped within statements.
fn f(k: i64) -> i64 {
    let shared = Rc::new(RefCell::new(State { items: vec![], hits: Cell::new(0) }));
    let s2 = Rc::clone(&shared);
    worker(s2, k).await;
    worker(shared.clone(), k + 1).await;
    let n = shared.borrow().items.len() as i64;
    shared.borrow().hits.set(shared.borrow().hits.get() + ready("h", 10).await);
    let hits = shared.borrow().hits.get();
    let first = shared.borrow_mut().items.pop().map(|t| t.len()).unwrap_or(0);
    n * 1000 + hits * 10 + first + Rc::strong_count(&shared) as i64
}
use std::cell::{Cell, RefCell};
use std::rc::Rc;
pub struct State { items: Vec<Tracked>, hits: Cell<i64> }
#[co] fn worker(s: Rc<RefCell<State>>, n: i64) {
    for _ in 0..n {
        tick("w").await;
        let b = s.borrow();
        b.hits.set(b.hits.get() + 1);
        drop(b);
        s.borrow_mut().items.push(Tracked::new("it"));
    }
}
