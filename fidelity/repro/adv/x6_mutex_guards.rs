// args:
// Arc<Mutex<..>> guards scoped before awaits; a guard dropped explicitly; RwLock reads.
fn f() -> i64 {
    use std::sync::{Arc, Mutex, RwLock};
    let m = Arc::new(Mutex::new(vec![1i64]));
    let n = {
        let mut g = m.lock().unwrap();
        g.push(2);
        g.len() as i64
    };
    tick("a").await;
    let g = m.lock().unwrap();
    let first = g[0];
    drop(g);
    tick("b").await;
    let rw = RwLock::new(String::from("cfg"));
    let l = rw.read().unwrap().len() as i64;
    tick("c").await;
    m.lock().unwrap().push(ready("v", 3).await);
    n + first + l + m.lock().unwrap().len() as i64
}
