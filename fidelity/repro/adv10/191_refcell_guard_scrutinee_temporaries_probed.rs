// args: 2
// RefCell guards as scrutinee temporaries while arms/bodies await; a helper probes try_borrow_mut during the await.
fn f(k: i64) -> i64 {
    let cache: RefCell<BTreeMap<i64, i64>> = RefCell::new(BTreeMap::new());
    cache.borrow_mut().insert(1, 100);
    let a = match cache.borrow().get(&k) { Some(v) => *v, None => probe(&cache, "miss").await };
    let b = if let Some(v) = cache.borrow().get(&1) { *v + probe(&cache, "hit").await } else { 0 };
    let node = Node { parent: RefCell::new(Weak::new()), val: Cell::new(k) };
    let owner = Rc::new(Node { parent: RefCell::new(Weak::new()), val: Cell::new(7) });
    *node.parent.borrow_mut() = Rc::downgrade(&owner);
    let c = if let Some(p) = node.parent.borrow().upgrade() { p.val.get() + probe_node(&node).await } else { -1 };
    a * 10000 + b * 100 + c
}
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};
pub struct Node { parent: RefCell<Weak<Node>>, val: Cell<i64> }
#[co] fn probe(c: &RefCell<BTreeMap<i64, i64>>, what: &'static str) -> i64 {
    tick(what).await;
    match c.try_borrow_mut() { Ok(_) => 1, Err(_) => { log(format!("{what}: still borrowed")); 2 } }
}
#[co] fn probe_node(n: &Node) -> i64 {
    tick("node").await;
    match n.parent.try_borrow_mut() { Ok(_) => 10, Err(_) => { log("parent still borrowed"); 20 } }
}
