// args:
// #[co] methods with `self: Rc<Self>` and `self: Box<Self>` receivers.
fn f() -> i64 {
    let s = Rc::new(Svc { t: Tracked::new("svc"), k: 3 });
    let a = Rc::clone(&s).run().await;
    let b = Box::new(Svc { t: Tracked::new("boxed"), k: 4 }).consume().await;
    a * 10 + b + Rc::strong_count(&s) as i64
}
use std::rc::Rc;
pub struct Svc { t: Tracked, k: i64 }
impl Svc {
    #[co] fn run(self: Rc<Self>) -> i64 { tick("run").await; self.k + self.t.len() }
    #[co] fn consume(self: Box<Self>) -> i64 { tick("consume").await; take(self.t) + self.k }
}
