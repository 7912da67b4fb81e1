// args:
// `Self::LIMIT`, `Self::helper()`, `Self { .. }` and a #[co] associated constructor `fn open() -> Self` (no receiver) used across awaits.
fn f() -> i64 {
    let mut p = Pool::open(2).await;
    let a = p.grow().await;
    let b = p.grow().await;
    a * 100 + b * 10 + p.conns.ilen()
}
pub struct Pool { conns: Vec<Tracked>, max: i64 }
impl Pool {
    const LIMIT: i64 = 3;
    fn name(i: i64) -> &'static str { if i % 2 == 0 { "even" } else { "odd" } }
    #[co] fn open(n: i64) -> Self {
        let mut conns = Vec::new();
        for i in 0..n { conns.push(ready("conn", Tracked::new(Self::name(i))).await); }
        Self { conns, max: Self::LIMIT }
    }
    #[co] fn grow(&mut self) -> i64 {
        if self.conns.ilen() >= self.max { tick("full").await; return -1; }
        let c = Tracked::new(Self::name(self.conns.ilen()));
        tick("grow").await;
        self.conns.push(c);
        self.conns.ilen()
    }
}
