// args: 1
// Methods whose names are on the by-value list called on guard temporaries that auto-deref to a type whose method
// borrows (`c.borrow_mut().take()`, `q.borrow_mut().pop()`, `v.borrow().iter().count()`, `.max()`), before an await.
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(Some(Tracked::new("slot")));
    let a = c.borrow_mut().take().map_or(0, |t| t.len()) + probe(&c, "take").await;
    let v = std::cell::RefCell::new(vec![k, 4]);
    let b = v.borrow().iter().count() as i64 + probe(&c, "count").await;
    let m = v.borrow().iter().copied().max().unwrap_or(0) + probe(&c, "max").await;
    a + b + m
}
#[co] fn probe(c: &std::cell::RefCell<Option<Tracked>>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    1
}
