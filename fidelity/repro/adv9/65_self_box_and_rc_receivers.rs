// args: 2
// #[co] methods with `self: Box<Self>` and `self: Rc<Self>` receivers, awaiting inside, with Tracked fields.
fn f(k: i64) -> i64 {
    let b = Box::new(Svc { name: Tracked::new("boxed"), n: k });
    let a = b.run_boxed().await;
    let r = std::rc::Rc::new(Svc { name: Tracked::new("rc"), n: 1 });
    let r2 = r.clone();
    let c = r.run_rc().await;
    log(format!("strong {}", std::rc::Rc::strong_count(&r2)));
    a * 10 + c
}
pub struct Svc { name: Tracked, n: i64 }
impl Svc {
    #[co] fn run_boxed(self: Box<Self>) -> i64 {
        tick("boxed").await;
        self.name.len() + self.n
    }
    #[co] fn run_rc(self: std::rc::Rc<Self>) -> i64 {
        let _g = Tracked::new("rc-guard");
        tick("rc").await;
        self.name.len() + self.n + std::rc::Rc::strong_count(&self) as i64
    }
}
