// args: 1
// Deref of guard temporaries in `if` conditions and `let else` scrutinees whose branches await (the guard's life).
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
