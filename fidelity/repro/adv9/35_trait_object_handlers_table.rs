// args: 2
// A Vec<Box<dyn Handler>> dispatch table; handler results awaited in turn with a guard per call.
fn f(k: i64) -> i64 {
    let handlers: Vec<Box<dyn Handler>> = vec![Box::new(Upper(Tracked::new("up"))), Box::new(Count { n: k })];
    let mut acc = 0;
    for h in handlers.iter() {
        let _g = Tracked::new("call");
        let req = ready("req", h.name().len() as i64).await;
        acc += h.handle(req);
        tick("after").await;
    }
    acc
}
trait Handler { fn name(&self) -> &str; fn handle(&self, r: i64) -> i64; }
struct Upper(Tracked);
impl Handler for Upper { fn name(&self) -> &str { self.0.name() } fn handle(&self, r: i64) -> i64 { r * 2 } }
struct Count { n: i64 }
impl Handler for Count { fn name(&self) -> &str { "count" } fn handle(&self, r: i64) -> i64 { r + self.n } }
