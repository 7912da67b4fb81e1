// args: 0
// As 86 with the `let else` taking its else branch: is the guard temporary alive in the else block that awaits?
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(k);
    let mut s = 0;
    if *c.borrow() > 0 {
        s += probe(&c, "if-body").await;
    }
    let 1 = *c.borrow() else { return probe(&c, "else").await; };
    s += probe(&c, "after").await;
    s
}
#[co] fn probe(c: &std::cell::RefCell<i64>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    4
}
