// args: 1
// A #[co] factory returning `Box<dyn Shape>` chosen by an awaited config value; shapes used and dropped across awaits.
fn f(k: i64) -> i64 {
    let a = make_shape(k).await;
    let b = make_shape(k + 1).await;
    let s = ready("area", a.area() + b.area()).await;
    tick(a.name()).await;
    s
}
pub trait Shape { fn area(&self) -> i64; fn name(&self) -> &'static str; }
pub struct Sq(i64, Tracked);
pub struct Rect(i64, i64);
impl Shape for Sq { fn area(&self) -> i64 { self.0 * self.0 } fn name(&self) -> &'static str { self.1.name() } }
impl Shape for Rect { fn area(&self) -> i64 { self.0 * self.1 } fn name(&self) -> &'static str { "rect" } }
#[co] fn make_shape(k: i64) -> Box<dyn Shape> {
    let kind = ready("cfg", k % 2).await;
    if kind == 0 { Box::new(Sq(3, Tracked::new("sq"))) } else { Box::new(Rect(2, ready("w", 5).await)) }
}
