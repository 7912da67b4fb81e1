// args: 2
// #[co] methods with `self: Rc<Self>` and `self: Box<Self>` receivers; clones held across awaits.
fn f(k: i64) -> i64 {
    let svc = Rc::new(Svc { name: Tracked::new("svc"), n: k });
    let a = svc.clone().serve().await;
    let b = Rc::clone(&svc).serve().await;
    let c = Svc::run_boxed(Box::new(Svc { name: Tracked::new("boxed"), n: 1 })).await;
    a + b + c + Rc::strong_count(&svc) as i64
}
use std::rc::Rc;
pub struct Svc { name: Tracked, n: i64 }
impl Svc {
    #[co] fn serve(self: Rc<Self>) -> i64 {
        tick(self.name.name()).await;
        self.n * Rc::strong_count(&self) as i64
    }
    #[co] fn run_boxed(self: Box<Self>) -> i64 {
        tick("boxed").await;
        self.n + self.name.len()
    }
}
