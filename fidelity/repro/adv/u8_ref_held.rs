// args:
// A RefCell's Ref held across an await (async fn allows it); RefMut scoped.
fn f() -> i64 {
    use std::cell::RefCell;
    let cell = RefCell::new(vec![Tracked::new("a"), Tracked::new("bb")]);
    let r = cell.borrow();
    tick("held").await;
    let n = r.len() as i64 + r[1].len();
    drop(r);
    {
        let mut w = cell.borrow_mut();
        w.push(Tracked::new("c"));
    }
    tick("after").await;
    n + cell.borrow().len() as i64
}
