// args: 1
// A RefCell borrow temporary in a statement that awaits lives to the statement's end; a second statement borrows mutably.
fn f(k: i64) -> i64 {
    let cell = RefCell::new(vec![Tracked::new("c0")]);
    let n = cell.borrow().len() as i64 + ready("a", k).await;
    cell.borrow_mut().push(Tracked::new("c1"));
    let m = ready("b", cell.borrow().iter().map(|t| t.len()).sum::<i64>()).await;
    let ok = cell.try_borrow_mut().is_ok();
    log(format!("ok {ok}"));
    let len = { let b = cell.borrow(); b.len() as i64 } + ready("c", 1).await;
    n + m + len
}
use std::cell::RefCell;
