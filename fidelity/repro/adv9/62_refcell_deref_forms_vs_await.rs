// args: 1
// RefCell guards as temporaries in several place positions before an await of the same statement; a #[co] probe
// logs whether the cell is borrowed while awaited (field base, method receiver, comparison, deref, match scrutinee).
fn f(k: i64) -> i64 {
    let cell = std::cell::RefCell::new(St { n: k, v: vec![1, 2] });
    let a = cell.borrow().n + probe(&cell, "field").await;
    let b = cell.borrow().v.len() as i64 + probe(&cell, "recv").await;
    let c = (cell.borrow().n == probe(&cell, "cmp").await) as i64;
    let d = match cell.borrow().n { n if n > probe(&cell, "guard").await => 1, _ => 2 };
    let e = cell.borrow_mut().v.iter().sum::<i64>() + probe(&cell, "sum").await;
    a + b + c + d + e
}
pub struct St { n: i64, v: Vec<i64> }
#[co] fn probe(c: &std::cell::RefCell<St>, what: &'static str) -> i64 {
    log(format!("{what} borrowed_mut_ok={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    1
}
