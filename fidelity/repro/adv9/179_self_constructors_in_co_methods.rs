// args: 2
// #[co] methods using `Self { .. }`, `Self(..)`, `Self::Variant` and `Self::CONST` across awaits.
fn f(k: i64) -> i64 {
    let a = Meter::make(k).await;
    let b = a.bump().await;
    let s = Sig::decide(k).await;
    b.0 + a.0 + match s { Sig::Go(n) => n, Sig::Stop => -1 }
}
pub struct Meter(i64, Tracked);
impl Meter {
    const START: i64 = 10;
    #[co] fn make(n: i64) -> Self { tick("mk").await; Self(n + Self::START, Tracked::new("meter")) }
    #[co] fn bump(&self) -> Self { let v = ready("bump", self.0 + 1).await; Self(v, Tracked::new("bumped")) }
}
pub enum Sig { Go(i64), Stop }
impl Sig {
    #[co] fn decide(n: i64) -> Self { if ready("d", n).await > 1 { Self::Go(n) } else { Self::Stop } }
}
