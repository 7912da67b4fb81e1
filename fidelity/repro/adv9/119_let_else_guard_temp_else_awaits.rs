// args: 0
// `let Some(x) = c.borrow().first().copied() else { probe().await; .. }`: scrutinee temporaries vs the else block.
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(Vec::<i64>::new());
    if k > 0 { c.borrow_mut().push(k); }
    let Some(x) = c.borrow().first().copied() else {
        return probe(&c, "else").await;
    };
    x
}
#[co] fn probe(c: &std::cell::RefCell<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    -1
}
