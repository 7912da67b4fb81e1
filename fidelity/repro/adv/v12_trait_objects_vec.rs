// args:
// A Vec<Box<dyn Trait>> of handlers; a coroutine dispatching over them with awaits.
fn f() -> i64 {
    let handlers: Vec<Box<dyn Handler>> = vec![Box::new(Echo(Tracked::new("echo"))), Box::new(Count { n: 2 })];
    let mut out = 0;
    for (i, h) in handlers.iter().enumerate() {
        let msg = ready("msg", i as i64 + 1).await;
        if h.accepts(msg) {
            out += h.handle(msg);
            tick("handled").await;
        }
    }
    drop(handlers);
    tick("after").await;
    out
}

pub trait Handler {
    fn accepts(&self, m: i64) -> bool;
    fn handle(&self, m: i64) -> i64;
}
pub struct Echo(Tracked);
impl Handler for Echo {
    fn accepts(&self, _: i64) -> bool { true }
    fn handle(&self, m: i64) -> i64 { m + self.0.len() }
}
pub struct Count { n: i64 }
impl Handler for Count {
    fn accepts(&self, m: i64) -> bool { m % 2 == 0 }
    fn handle(&self, m: i64) -> i64 { m * self.n }
}
