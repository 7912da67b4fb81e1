// args:
// Rc<RefCell<State>> shared by two handles; borrow_mut only between awaits; a clone moved into a #[co] fn that mutates it.
fn f() -> i64 {
    let shared = Rc::new(RefCell::new(Shared { items: vec![], t: Tracked::new("shared") }));
    let h2 = Rc::clone(&shared);
    shared.borrow_mut().items.push(ready("a", 1).await);
    let n = producer(h2, 3).await;
    let len = shared.borrow().items.len() as i64;
    tick("after").await;
    let s: i64 = shared.borrow().items.iter().sum();
    n * 1000 + len * 100 + s + Rc::strong_count(&shared) as i64
}
use std::rc::Rc;
use std::cell::RefCell;
pub struct Shared { items: Vec<i64>, t: Tracked }
#[co] fn producer(h: Rc<RefCell<Shared>>, n: i64) -> i64 {
    for i in 0..n {
        let v = ready("produce", i * 2).await;
        h.borrow_mut().items.push(v);
    }
    let l = h.borrow().items.len() as i64;
    tick("produced").await;
    l
}
