// args:
// `Rc<RefCell<Vec<Tracked>>>` shared by clones held in a struct and a closure; borrow_mut between (not across) awaits.
fn f() -> i64 {
    use std::rc::Rc;
    use std::cell::RefCell;
    let shared = Rc::new(RefCell::new(Vec::new()));
    let s2 = Rc::clone(&shared);
    let push = move |name: &'static str| s2.borrow_mut().push(Tracked::new(name));
    push("p1");
    tick("a").await;
    push("p2");
    let n = shared.borrow().len() as i64;
    let m = ready("m", n).await;
    shared.borrow_mut().remove(0);
    tick("b").await;
    drop(push);
    log(format!("strong {}", Rc::strong_count(&shared)));
    m * 10 + shared.borrow().ilen()
}
