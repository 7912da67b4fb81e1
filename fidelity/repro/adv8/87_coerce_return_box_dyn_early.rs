// args: 1
// A #[co] fn returning Box<dyn Shape> with an early `return Box::new(A)` after an await and a tail `Box::new(B)`.
fn f(k: i64) -> i64 {
    let a = pick(k).await;
    let b = pick(k + 1).await;
    a.area() * 10 + b.area()
}
pub trait Shape { fn area(&self) -> i64; }
pub struct Sq(i64);
pub struct Tri(i64, Tracked);
impl Shape for Sq { fn area(&self) -> i64 { self.0 * self.0 } }
impl Shape for Tri { fn area(&self) -> i64 { self.0 + self.1.len() } }
#[co] fn pick(k: i64) -> Box<dyn Shape> {
    let n = ready("n", k).await;
    if n % 2 == 0 { return Box::new(Sq(n + 1)); }
    tick("tri").await;
    Box::new(Tri(n, Tracked::new("tri")))
}
