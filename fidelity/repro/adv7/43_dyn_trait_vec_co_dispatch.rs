// args:
// `Vec<Box<dyn Handler>>` iterated with awaits; each handler's sync method result fed to a #[co] fn taking `&dyn Handler`.
fn f() -> i64 {
    let hs: Vec<Box<dyn Handler>> = vec![Box::new(Add(2)), Box::new(Mul(Tracked::new("mul"), 3)), Box::new(Add(5))];
    let mut v = 1;
    for h in hs.iter() {
        v = run_one(h.as_ref(), v).await;
    }
    tick("done").await;
    v
}
pub trait Handler { fn handle(&self, v: i64) -> i64; fn tag(&self) -> &'static str { "h" } }
pub struct Add(i64);
pub struct Mul(Tracked, i64);
impl Handler for Add { fn handle(&self, v: i64) -> i64 { v + self.0 } }
impl Handler for Mul { fn handle(&self, v: i64) -> i64 { v * self.1 } fn tag(&self) -> &'static str { self.0.name() } }
#[co] fn run_one(h: &dyn Handler, v: i64) -> i64 {
    let x = ready(h.tag(), v).await;
    let y = h.handle(x);
    tick("handled").await;
    y
}
