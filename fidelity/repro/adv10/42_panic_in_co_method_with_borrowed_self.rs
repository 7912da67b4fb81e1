// args: 1
// A panic inside a #[co] &mut self method after an await, with locals and a borrowed field; caller holds Tracked.
fn f(k: i64) -> i64 {
    let mut s = Svc { items: vec![Tracked::new("i1")], _t: Tracked::new("svc") };
    let keep = Tracked::new("keep");
    let a = s.step(0).await;
    let b = s.step(k).await;
    a + b + keep.len()
}
pub struct Svc { items: Vec<Tracked>, _t: Tracked }
impl Svc {
    #[co] fn step(&mut self, n: i64) -> i64 {
        let local = Tracked::new("local");
        let first = &self.items[0];
        tick("step").await;
        if n == 1 { panic!("boom {}", first.name()); }
        self.items.push(Tracked::new("more"));
        local.len()
    }
}
