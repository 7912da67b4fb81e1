// args: 1
// Index on a RefCell guard temporary (`c.borrow()[0]`) and a slice of it (`&c.borrow()[..1]`) before awaits.
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(vec![k, 2, 3]);
    let a = c.borrow()[0] + probe(&c, "index").await;
    let b = c.borrow()[..2].iter().sum::<i64>() + probe(&c, "slice").await;
    let d = c.borrow().get(1).copied().unwrap_or(0) * probe(&c, "get").await;
    a + b + d
}
#[co] fn probe(c: &std::cell::RefCell<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    1
}
