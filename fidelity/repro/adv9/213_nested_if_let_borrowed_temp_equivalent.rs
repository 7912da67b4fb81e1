// args: 1
// 211 written as the nested `if let` the chain means: `if let Some(x) = c.borrow().first() { if *x < f().await { .. } }`.
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(vec![k, 5]);
    let mut s = 0;
    if let Some(x) = c.borrow().first() { if *x < probe(&c, "chain").await {
        s += *x; }
    }
    s
}
#[co] fn probe(c: &std::cell::RefCell<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    3
}
