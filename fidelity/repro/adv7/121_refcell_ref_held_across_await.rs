// args:
// A `Ref` from `RefCell::borrow()` and a `RefMut` from `borrow_mut()` held across awaits (single-threaded), dropped at scope end or by `drop`.
fn f() -> i64 {
    let cell = std::cell::RefCell::new(vec![Tracked::new("a"), Tracked::new("bb")]);
    let n = {
        let r = cell.borrow();
        tick("reading").await;
        r.iter().map(|t| t.len()).sum::<i64>()
    };
    let mut w = cell.borrow_mut();
    w.push(ready("push", Tracked::new("c")).await);
    tick("writing").await;
    drop(w);
    let m = cell.borrow().len() as i64;
    n * 10 + m
}
