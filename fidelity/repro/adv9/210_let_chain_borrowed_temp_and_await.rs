// args: 1
// A let chain whose first `let` borrows a guard temporary and whose later condition awaits; a match arm binding a
// reference through a guard temporary, used after an await.
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(vec![k, 5]);
    let mut s = 0;
    if let Some(x) = c.borrow().first() && *x < probe(&c, "chain").await {
        s += *x;
    }
    match c.borrow().get(1) {
        Some(x) => { s += probe(&c, "arm").await * *x; }
        None => {}
    }
    s
}
#[co] fn probe(c: &std::cell::RefCell<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    3
}
