// args: 2
// std::sync::Mutex: `*m.lock().unwrap() += f().await`, `m.lock().unwrap().push(f().await)`, try_lock probes in helpers.
fn f(k: i64) -> i64 {
    let m = Mutex::new(vec![1i64]);
    let c = Mutex::new(0i64);
    *c.lock().unwrap() += ready("add", k).await;
    m.lock().unwrap().push(probe(&c).await);
    let len = m.lock().unwrap().len() as i64 + probe(&c).await;
    let first = m.lock().unwrap()[0] + ready("f", 1).await;
    len * 1000 + first * 100 + *c.lock().unwrap()
}
use std::sync::Mutex;
#[co] fn probe(c: &Mutex<i64>) -> i64 {
    tick("probe").await;
    match c.try_lock() { Ok(g) => *g, Err(_) => { log("locked"); -1 } }
}
