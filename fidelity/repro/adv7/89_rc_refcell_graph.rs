// args:
// `Rc<RefCell<Node>>` graph with children lists; a #[co] fn visits nodes breadth-first with a VecDeque of Rc clones across awaits.
fn f() -> i64 {
    use std::rc::Rc;
    use std::cell::RefCell;
    let root = Rc::new(RefCell::new(GNode { v: 1, kids: vec![], _t: Tracked::new("root") }));
    let k1 = Rc::new(RefCell::new(GNode { v: 2, kids: vec![], _t: Tracked::new("k1") }));
    let k2 = Rc::new(RefCell::new(GNode { v: 3, kids: vec![], _t: Tracked::new("k2") }));
    k1.borrow_mut().kids.push(Rc::clone(&k2));
    root.borrow_mut().kids.push(Rc::clone(&k1));
    root.borrow_mut().kids.push(k2);
    drop(k1);
    let s = bfs(Rc::clone(&root)).await;
    tick("done").await;
    s * 10 + Rc::strong_count(&root) as i64
}
pub struct GNode { v: i64, kids: Vec<std::rc::Rc<std::cell::RefCell<GNode>>>, _t: Tracked }
#[co] fn bfs(start: std::rc::Rc<std::cell::RefCell<GNode>>) -> i64 {
    let mut q = std::collections::VecDeque::new();
    q.push_back(start);
    let mut acc = 0;
    while let Some(n) = q.pop_front() {
        let v = n.borrow().v;
        acc = acc * 10 + ready("visit", v).await;
        for k in n.borrow().kids.iter() { q.push_back(std::rc::Rc::clone(k)); }
    }
    acc
}
