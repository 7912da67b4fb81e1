// args:
// Methods iterating over self's fields with awaits; &mut self entry held across await.
fn f() -> i64 {
    let mut s = Store { items: vec![Tracked::new("i1"), Tracked::new("i22")], counts: Default::default() };
    let a = s.total().await;
    s.record("x").await;
    s.record("x").await;
    let b = s.count("x").await;
    a * 10 + b
}

pub struct Store {
    items: Vec<Tracked>,
    counts: std::collections::HashMap<String, i64>,
}
impl Store {
    #[co] fn total(&self) -> i64 {
        let mut n = 0;
        for t in self.items.iter() {
            tick("item").await;
            n += t.len();
        }
        n
    }
    #[co] fn record(&mut self, k: &str) {
        let e = self.counts.entry(k.to_string()).or_default();
        tick("rec").await;
        *e += 1;
    }
    #[co] fn count(&self, k: &str) -> i64 {
        tick("cnt").await;
        match self.counts.get(k) {
            Some(v) => *v,
            None => 0,
        }
    }
}
