// args: 3
// A table of Box<dyn Handler> trait objects; each result feeds a #[co] helper; dyn args by reference.
fn f(k: i64) -> i64 {
    let handlers: Vec<Box<dyn Handler>> = vec![Box::new(Double), Box::new(AddName(Tracked::new("add"))), Box::new(Double)];
    let mut x = k;
    for (i, h) in handlers.iter().enumerate() {
        x = run_one(h.as_ref(), x).await;
        if x > 100 { log(format!("stop at {i}")); break; }
    }
    let last: &dyn Handler = &*handlers[1];
    tick("last").await;
    x + last.handle(1)
}
pub trait Handler { fn handle(&self, x: i64) -> i64; }
pub struct Double;
impl Handler for Double { fn handle(&self, x: i64) -> i64 { log("double"); x * 2 } }
pub struct AddName(Tracked);
impl Handler for AddName { fn handle(&self, x: i64) -> i64 { x + self.0.len() } }
#[co] fn run_one(h: &dyn Handler, x: i64) -> i64 {
    let y = ready("in", x).await;
    h.handle(y)
}
