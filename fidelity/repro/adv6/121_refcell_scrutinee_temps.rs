// args:
// RefCell `Ref`/`RefMut` temporaries in match / if let / while let scrutinees and for heads, with awaits in the bodies probing the cell (edition 2024 lifetimes).
fn f() -> i64 {
    let c = RefCell::new(vec![3, 2, 1]);
    let mut acc = 0;
    match c.borrow().first().copied() {
        Some(x) => acc += x * probe(&c, "match").await,
        None => {}
    }
    if let Some(x) = c.borrow().last().copied() {
        acc += x * probe(&c, "iflet").await;
    } else {
        acc += probe(&c, "else").await;
    }
    while let Some(x) = c.borrow_mut().pop() {
        acc += x * probe(&c, "whilelet").await;
        if x == 2 { break; }
    }
    for x in c.borrow().iter() {
        acc += x * probe(&c, "for").await;
    }
    acc
}
use std::cell::RefCell;
#[co] fn probe(c: &RefCell<Vec<i64>>, at: &'static str) -> i64 {
    tick(at).await;
    let free = c.try_borrow_mut().is_ok();
    log(format!("{at} free {free}"));
    if free { 10 } else { 1 }
}
