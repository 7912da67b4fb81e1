// args: 1
// 210's match alone: `match c.borrow().get(1) { Some(x) => { f().await * *x } .. }`.
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(vec![k, 5]);
    let mut s = 0;
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
