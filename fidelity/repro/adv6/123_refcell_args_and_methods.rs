// args:
// RefCell temporaries as call arguments and method receivers in statements with awaits: `add3(c.borrow().len(), probe().await, 1)`, `c.borrow().get(0).map(..)` then await, `.clone()` in a let.
fn f() -> i64 {
    let c = RefCell::new(vec![Tracked::new("a"), Tracked::new("bb")]);
    let a = add3(c.borrow().len() as i64, probe(&c, "arg").await, 1);
    let b = c.borrow().get(1).map(|t| t.len()).unwrap_or(0) * probe(&c, "after-map").await;
    let names: Vec<&'static str> = c.borrow().iter().map(|t| t.name()).collect();
    let d = probe(&c, "after-let").await + names.len() as i64;
    c.borrow_mut().push(Tracked::new(if probe(&c, "in-arg").await > 5 { "free" } else { "locked" }));
    a * 1000 + b * 100 + d + c.borrow().len() as i64
}
use std::cell::RefCell;
#[co] fn probe(c: &RefCell<Vec<Tracked>>, at: &'static str) -> i64 {
    tick(at).await;
    let free = c.try_borrow_mut().is_ok();
    log(format!("{at} free {free}"));
    if free { 10 } else { 1 }
}
