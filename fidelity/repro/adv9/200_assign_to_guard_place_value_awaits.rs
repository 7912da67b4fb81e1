// args: 1
// Assignments whose place goes through a guard temporary (`*c.borrow_mut() = f().await`, `c.borrow_mut().n = ..`,
// `c.borrow_mut()[0] = ..`, `*m.entry(k).or_insert(0) += ..`): Rust evaluates the value (and awaits) before the place.
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(St3 { n: k, v: vec![0] });
    c.borrow_mut().n = probe(&c, "field").await;
    c.borrow_mut().v[0] = probe(&c, "index").await;
    *c.borrow_mut() = St3 { n: probe(&c, "whole").await, v: vec![1, 2] };
    c.borrow_mut().n += probe(&c, "compound").await;
    let mut m = std::collections::BTreeMap::new();
    *m.entry("a").or_insert(0) += probe(&c, "entry").await;
    let b = c.borrow();
    b.n + b.v.len() as i64 + m["a"]
}
pub struct St3 { n: i64, v: Vec<i64> }
#[co] fn probe(c: &std::cell::RefCell<St3>, what: &'static str) -> i64 {
    log(format!("{what} free={}", c.try_borrow_mut().is_ok()));
    tick(what).await;
    5
}
