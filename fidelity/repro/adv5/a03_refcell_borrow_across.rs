// args:
// Rc<RefCell<Vec<..>>> shared with a helper coroutine; borrow_mut() receiver evaluated before an awaited argument.
fn f() -> i64 {
    use std::cell::RefCell;
    use std::rc::Rc;
    let shared = Rc::new(RefCell::new(vec![Tracked::new("seed")]));
    let n = count(shared.clone()).await;
    shared.borrow_mut().push(make("pushed", n).await);
    let len = shared.borrow().len() as i64;
    tick("mid").await;
    let first = shared.borrow()[0].len() + ready("x", 1).await;
    let last = shared.borrow_mut().pop().map(|t| t.len()).unwrap_or(0);
    len * 100 + first * 10 + last
}

#[co] fn count(s: std::rc::Rc<std::cell::RefCell<Vec<Tracked>>>) -> i64 {
    tick("count").await;
    let n = s.borrow().len() as i64;
    n
}
#[co] fn make(name: &'static str, n: i64) -> Tracked {
    tick("make").await;
    log(format!("make {n}"));
    Tracked::new(name)
}
