// args: 1
// `for x in c.borrow().iter() { if .. { return probe(&c).await } }`: the guard temporary of the for head lives
// through the loop (and the awaited return value's evaluation).
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(vec![1i64, 2, 3]);
    let _g = Tracked::new("g");
    for x in c.borrow().iter() {
        if *x > k {
            return probe(&c, "ret").await + x;
        }
        tick("loop").await;
    }
    probe(&c, "end").await
}
#[co] fn probe(c: &std::cell::RefCell<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    100
}
