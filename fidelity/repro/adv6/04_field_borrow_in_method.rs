// args:
// A &mut self method holds `&self.items[0]` across awaits while iterating `self.items.iter().enumerate()` and bumping a disjoint field.
fn f() -> i64 {
    let mut inv = Inventory { items: vec![Tracked::new("apple"), Tracked::new("kiwi")], seen: 0 };
    let a = inv.scan().await;
    inv.items.push(Tracked::new("fig"));
    let b = inv.scan().await;
    a * 100 + b
}
pub struct Inventory { items: Vec<Tracked>, seen: i64 }
impl Inventory {
    #[co] fn scan(&mut self) -> i64 {
        let first = &self.items[0];
        let mut total = first.len();
        tick("first").await;
        for (i, it) in self.items.iter().enumerate() {
            total += ready(it.name(), it.len() * i as i64).await;
        }
        self.seen += 1;
        log(format!("first still {}", first.name()));
        total + self.seen
    }
}
