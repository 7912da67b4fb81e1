// args: 2
// A trait with an associated const and a static fn, used via generic #[co] helper `T::NAME`, `T::build()`.
fn f(k: i64) -> i64 {
    let a = run_kind::<Fast>(k).await;
    let b = run_kind::<Slow>(k).await;
    a * 100 + b
}
pub trait Kind { const NAME: &'static str; const COST: i64; fn build(n: i64) -> Self; fn score(&self) -> i64; }
pub struct Fast(i64, Tracked);
pub struct Slow(i64);
impl Kind for Fast { const NAME: &'static str = "fast"; const COST: i64 = 1; fn build(n: i64) -> Self { Fast(n, Tracked::new("fast")) } fn score(&self) -> i64 { self.0 + self.1.len() } }
impl Kind for Slow { const NAME: &'static str = "slow"; const COST: i64 = 3; fn build(n: i64) -> Self { Slow(n) } fn score(&self) -> i64 { self.0 * 2 } }
#[co] fn run_kind<T: Kind>(n: i64) -> i64 {
    let v = T::build(n);
    for _ in 0..T::COST { tick(T::NAME).await; }
    v.score() + T::COST
}
