// args:
// Vec<Box<dyn Shape>> iterated with awaits, then `max_by_key` result (&dyn) held across an await.
fn f() -> i64 {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(Tracked::new("sq"), 3)), Box::new(Circ(2)), Box::new(Sq(Tracked::new("sq2"), 1))];
    let mut total = 0;
    for s in &shapes {
        let a = s.area();
        tick(s.name()).await;
        total += a;
    }
    let biggest: &dyn Shape = shapes.iter().max_by_key(|s| s.area()).unwrap().as_ref();
    tick("max").await;
    total * 10 + biggest.area()
}
pub trait Shape { fn area(&self) -> i64; fn name(&self) -> &'static str; }
pub struct Sq(Tracked, i64);
pub struct Circ(i64);
impl Shape for Sq { fn area(&self) -> i64 { log("area sq"); self.1 * self.1 } fn name(&self) -> &'static str { self.0.name() } }
impl Shape for Circ { fn area(&self) -> i64 { log("area circ"); 3 * self.0 * self.0 } fn name(&self) -> &'static str { "circ" } }
