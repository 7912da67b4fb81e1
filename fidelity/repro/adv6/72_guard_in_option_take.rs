// args:
// An `Option<Guard>` field taken with `.take()` across awaits in a &mut self method (lock/unlock), `if let Some(g) = self.lock.take()`.
fn f() -> i64 {
    let mut m = Mutexish { lock: None, count: 0 };
    m.lock_it("first").await;
    m.lock_it("second").await;
    let a = m.unlock().await;
    let b = m.unlock().await;
    a * 10 + b + m.count
}
pub struct Guard(&'static str);
impl Guard { fn new(n: &'static str) -> Guard { log(format!("acquire {n}")); Guard(n) } }
impl Drop for Guard { fn drop(&mut self) { log(format!("release {}", self.0)); } }
pub struct Mutexish { lock: Option<Guard>, count: i64 }
impl Mutexish {
    #[co] fn lock_it(&mut self, n: &'static str) -> () {
        if self.lock.is_some() { tick("contended").await; }
        self.lock = Some(Guard::new(n));
        self.count += 1;
        tick("locked").await;
    }
    #[co] fn unlock(&mut self) -> i64 {
        if let Some(g) = self.lock.take() {
            tick("unlocking").await;
            let n = g.0.len() as i64;
            drop(g);
            n
        } else {
            tick("not-locked").await;
            0
        }
    }
}
