// args: 1
// `while let Some(x) = (*q.borrow_mut()).pop() { probe().await }` and `match (*st.borrow()).phase { .. }`: an
// explicit deref of a guard temporary as a receiver / field base in scrutinees whose bodies await.
fn f(k: i64) -> i64 {
    let q = std::cell::RefCell::new(vec![1i64, 2]);
    let mut s = 0;
    while let Some(x) = (*q.borrow_mut()).pop() {
        s += x * probe(&q, "wlet").await;
    }
    let st = std::cell::RefCell::new(Ph { phase: k });
    match (*st.borrow()).phase {
        1 => s += probe(&q, "arm").await,
        _ => {}
    }
    s
}
pub struct Ph { phase: i64 }
#[co] fn probe(q: &std::cell::RefCell<Vec<i64>>, what: &'static str) -> i64 {
    log(format!("{what} free={}", q.try_borrow_mut().is_ok()));
    tick(what).await;
    10
}
