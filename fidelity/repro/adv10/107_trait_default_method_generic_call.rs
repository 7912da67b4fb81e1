// args: 2
// A trait with a default method and a generic #[co] fn using it via T::method and <T as Trait>::CONST.
fn f(k: i64) -> i64 {
    let a = process(Meter { v: k, _t: Tracked::new("m") }).await;
    let b = process(Plain(3)).await;
    a * 100 + b
}
pub trait Measure { const UNIT: i64; fn raw(&self) -> i64; fn scaled(&self) -> i64 { self.raw() * Self::UNIT } }
pub struct Meter { v: i64, _t: Tracked }
impl Measure for Meter { const UNIT: i64 = 10; fn raw(&self) -> i64 { self.v } }
pub struct Plain(i64);
impl Measure for Plain { const UNIT: i64 = 1; fn raw(&self) -> i64 { self.0 } fn scaled(&self) -> i64 { -self.0 } }
#[co] fn process<T: Measure>(m: T) -> i64 {
    let s = m.scaled();
    tick("proc").await;
    s + <T as Measure>::UNIT + T::UNIT + m.raw()
}
