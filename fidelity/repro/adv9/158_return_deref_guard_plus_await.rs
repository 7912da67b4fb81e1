// args: 2
// `return *c.borrow() + probe(&c).await;` in a branch and the same as the function's tail expression.
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(k);
    if k > 5 {
        return *c.borrow() + probe(&c, "ret").await;
    }
    tick("mid").await;
    *c.borrow() * 10 + probe(&c, "tail").await
}
#[co] fn probe(c: &std::cell::RefCell<i64>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    1
}
