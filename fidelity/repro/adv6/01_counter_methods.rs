// args:
// A counter service: #[co] methods on &mut self, `self.total += awaited`, a &self method iterating a field with awaits.
fn f() -> i64 {
    let mut c = Counter { name: Tracked::new("ctr"), total: 0, hist: Vec::new() };
    c.step(2).await;
    c.step(3).await;
    let s = c.snapshot().await;
    c.total + s
}
pub struct Counter { name: Tracked, total: i64, hist: Vec<i64> }
impl Counter {
    #[co] fn step(&mut self, n: i64) -> i64 {
        self.total += ready("inc", n).await;
        self.hist.push(self.total);
        log(format!("{} total {}", self.name.name(), self.total));
        self.total
    }
    #[co] fn snapshot(&self) -> i64 {
        let mut s = 0;
        for h in self.hist.iter() {
            s += ready("h", *h).await;
        }
        s
    }
}
