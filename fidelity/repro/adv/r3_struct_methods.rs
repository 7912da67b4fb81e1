// args:
// A struct with coroutine methods taking &self, &mut self and self.
fn f() -> i64 {
    let mut c = Counter { name: Tracked::new("counter"), hits: 0, items: Vec::new() };
    c.bump(2).await;
    let seen = c.peek().await;
    c.bump(3).await;
    let total = c.finish().await;
    seen + total
}

pub struct Counter {
    name: Tracked,
    hits: i64,
    items: Vec<Tracked>,
}
impl Counter {
    #[co] fn bump(&mut self, by: i64) {
        tick("bump").await;
        self.hits += by;
        self.items.push(Tracked::new("item"));
    }
    #[co] fn peek(&self) -> i64 {
        let n = self.name.len();
        tick("peek").await;
        n + self.hits + self.items.len() as i64
    }
    #[co] fn finish(self) -> i64 {
        tick("fin").await;
        let Counter { name, hits, items } = self;
        log(format!("finish {} {}", name.name(), items.len()));
        hits
    }
}
