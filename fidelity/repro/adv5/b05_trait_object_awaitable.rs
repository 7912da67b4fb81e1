// args:
// Trait objects whose methods return awaitables; awaited through &dyn and Box<dyn>, results combined in expressions.
fn f() -> i64 {
    let handlers: Vec<Box<dyn Handler>> = vec![
        Box::new(Echo { t: Tracked::new("echo") }),
        Box::new(Double),
        Box::new(Echo { t: Tracked::new("echo2") }),
    ];
    let mut acc = 0;
    for (i, h) in handlers.iter().enumerate() {
        acc += h.handle(i as i64).await * 10 + h.weight();
    }
    let first: &dyn Handler = handlers[0].as_ref();
    let x = first.handle(5).await + handlers[1].handle(first.handle(1).await).await;
    acc + x
}

pub trait Handler {
    fn handle(&self, n: i64) -> Ready<i64>;
    fn weight(&self) -> i64 { 1 }
}
pub struct Echo { t: Tracked }
pub struct Double;
impl Handler for Echo {
    fn handle(&self, n: i64) -> Ready<i64> { ready(self.t.name(), n) }
    fn weight(&self) -> i64 { self.t.len() }
}
impl Handler for Double {
    fn handle(&self, n: i64) -> Ready<i64> { ready("double", n * 2) }
}
