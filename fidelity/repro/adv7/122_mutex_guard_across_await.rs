// args:
// `std::sync::Mutex` guard held across awaits inside a #[co] `&self` method (single-threaded run), then `into_inner`.
fn f() -> i64 {
    let s = Shared { m: std::sync::Mutex::new(Vec::new()) };
    s.add("x").await;
    s.add("yy").await;
    let total = s.total().await;
    let v = s.m.into_inner().unwrap();
    total * 10 + v.ilen()
}
pub struct Shared { m: std::sync::Mutex<Vec<Tracked>> }
impl Shared {
    #[co] fn add(&self, n: &'static str) {
        let mut g = self.m.lock().unwrap();
        let t = ready("mk", Tracked::new(n)).await;
        g.push(t);
        tick("locked").await;
    }
    #[co] fn total(&self) -> i64 {
        let g = self.m.lock().unwrap();
        let mut n = 0;
        for t in g.iter() { n += ready("len", t.len()).await; }
        n
    }
}
