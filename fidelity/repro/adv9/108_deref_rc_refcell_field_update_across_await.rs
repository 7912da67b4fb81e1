// args: 2
// Shared graph nodes in Rc<RefCell<Node>>: reading `node.borrow().val` and `(*node.borrow()).val` before awaits
// while a #[co] visitor tries to mutate the same node.
fn f(k: i64) -> i64 {
    let n1 = std::rc::Rc::new(std::cell::RefCell::new(Node { val: k, _t: Tracked::new("n1") }));
    let n2 = n1.clone();
    let a = n1.borrow().val + visit(&n2, 1).await;
    let b = (*n1.borrow()).val + visit(&n2, 10).await;
    a * 1000 + b + n1.borrow().val
}
pub struct Node { val: i64, _t: Tracked }
#[co] fn visit(n: &std::rc::Rc<std::cell::RefCell<Node>>, add: i64) -> i64 {
    tick("visit").await;
    match n.try_borrow_mut() { Ok(mut g) => { g.val += add; 1 } Err(_) => { log("locked"); 0 } }
}
