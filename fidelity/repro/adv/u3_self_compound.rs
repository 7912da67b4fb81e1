// args:
// self.total += self.fetch().await; self.items.push(self.make().await).
fn f() -> i64 {
    let mut a = Acc { total: 0, items: vec![], base: Tracked::new("base") };
    a.run().await;
    a.total + a.items.len() as i64
}

pub struct Acc { total: i64, items: Vec<Tracked>, base: Tracked }
impl Acc {
    #[co] fn fetch(&self) -> i64 {
        tick("fetch").await;
        self.base.len()
    }
    #[co] fn make(&self) -> Tracked {
        tick("make").await;
        Tracked::new("made")
    }
    #[co] fn run(&mut self) {
        self.total += self.fetch().await;
        let t = self.make().await;
        self.items.push(t);
        self.total += self.fetch().await * 2;
    }
}
