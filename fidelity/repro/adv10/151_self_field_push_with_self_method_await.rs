// args: 2
// `self.items.push(self.make(..).await)` (two-phase borrow of a field while a &self method is awaited),
// `self.bump().await + self.bump().await` with &mut self, and `self.total += self.calc().await`.
fn f(k: i64) -> i64 {
    let mut s = Store { items: Vec::new(), total: 0, n: k };
    s.fill().await;
    s.items.len() as i64 * 100 + s.total
}
pub struct Store { items: Vec<Tracked>, total: i64, n: i64 }
impl Store {
    #[co] fn make(&self, i: i64) -> Tracked { tick("make").await; if i + self.n > 2 { Tracked::new("big") } else { Tracked::new("small") } }
    #[co] fn bump(&mut self) -> i64 { tick("bump").await; self.n += 1; self.n }
    #[co] fn calc(&self) -> i64 { tick("calc").await; self.items.len() as i64 * 10 }
    #[co] fn fill(&mut self) {
        for i in 0..2 { self.items.push(self.make(i).await); }
        let b = self.bump().await + self.bump().await;
        self.total += self.calc().await + b;
    }
}
