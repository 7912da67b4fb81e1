// args:
// An Rc<RefCell<Node>> tree with Weak parent links, built and walked with awaits; strong/weak counts.
fn f() -> i64 {
    use std::cell::RefCell;
    use std::rc::{Rc, Weak};
    struct Node { name: Tracked, parent: RefCell<Weak<Node>>, kids: RefCell<Vec<Rc<Node>>> }
    let root = Rc::new(Node { name: Tracked::new("root"), parent: RefCell::new(Weak::new()), kids: RefCell::new(vec![]) });
    for name in ["k1", "k22"] {
        let kid = Rc::new(Node { name: ready("kid", Tracked::new(name)).await, parent: RefCell::new(Weak::new()), kids: RefCell::new(vec![]) });
        *kid.parent.borrow_mut() = Rc::downgrade(&root);
        root.kids.borrow_mut().push(kid);
    }
    let mut total = 0;
    let kids: Vec<Rc<Node>> = root.kids.borrow().iter().cloned().collect();
    for k in &kids {
        let p = k.parent.borrow().upgrade().map(|p| p.name.len()).unwrap_or(0);
        total += ready("walk", k.name.len() + p).await;
    }
    drop(kids);
    tick("end").await;
    total * 10 + Rc::strong_count(&root) as i64
}
