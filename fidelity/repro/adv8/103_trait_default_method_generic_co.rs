// args:
// A trait with a default method returning a value and a generic #[co] helper taking `&mut impl Trait`? No: `&mut T` with `T: Counter + ?Sized` (dyn allowed).
fn f() -> i64 {
    let mut a = Simple(0);
    let mut b: Box<dyn Counter> = Box::new(Loud(Tracked::new("loud"), 0));
    let x = bump_n(&mut a, 3).await;
    let y = bump_n(b.as_mut(), 2).await;
    x * 10 + y
}
pub trait Counter { fn bump(&mut self) -> i64; fn twice(&mut self) -> i64 { self.bump(); self.bump() } }
pub struct Simple(i64);
pub struct Loud(Tracked, i64);
impl Counter for Simple { fn bump(&mut self) -> i64 { self.0 += 1; self.0 } }
impl Counter for Loud { fn bump(&mut self) -> i64 { log(format!("bump {}", self.0.name())); self.1 += 2; self.1 } }
#[co] fn bump_n<T: Counter + ?Sized>(c: &mut T, n: i64) -> i64 {
    let mut last = 0;
    for _ in 0..n { tick("b").await; last = c.twice(); }
    last
}
