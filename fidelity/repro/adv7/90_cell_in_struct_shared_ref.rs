// args:
// A struct with `Cell<i64>` and `RefCell<Vec<Tracked>>` fields, shared by `&` across several #[co] `&self` methods interleaved in a loop.
fn f() -> i64 {
    let m = Metrics { hits: std::cell::Cell::new(0), log: std::cell::RefCell::new(Vec::new()) };
    for i in 0..3 {
        m.hit(i).await;
        if i == 1 { m.record("one").await; }
    }
    let n = m.log.borrow().len() as i64;
    m.hits.get() * 10 + n
}
pub struct Metrics { hits: std::cell::Cell<i64>, log: std::cell::RefCell<Vec<Tracked>> }
impl Metrics {
    #[co] fn hit(&self, i: i64) {
        let n = ready("hit", i).await;
        self.hits.set(self.hits.get() + n + 1);
    }
    #[co] fn record(&self, name: &'static str) {
        tick("rec").await;
        self.log.borrow_mut().push(Tracked::new(name));
    }
}
