// args:
// A trait with an associated type (`type Item`) and a generic #[co] consumer `drain<S: Source>(s: &mut S)` where S::Item: Debug.
fn f() -> i64 {
    let mut a = Counter { n: 0, max: 3 };
    let mut b = Names { v: vec![Tracked::new("x"), Tracked::new("yy")] };
    let x = drain(&mut a).await;
    let y = drain(&mut b).await;
    x * 10 + y
}
pub trait Source { type Item: std::fmt::Debug; fn pull(&mut self) -> Option<Self::Item>; }
pub struct Counter { n: i64, max: i64 }
pub struct Names { v: Vec<Tracked> }
impl Source for Counter { type Item = i64; fn pull(&mut self) -> Option<i64> { if self.n < self.max { self.n += 1; Some(self.n) } else { None } } }
impl Source for Names { type Item = Tracked; fn pull(&mut self) -> Option<Tracked> { self.v.pop() } }
#[co] fn drain<S: Source>(s: &mut S) -> i64 {
    let mut k = 0;
    while let Some(item) = s.pull() {
        tick("item").await;
        show(&item);
        k += 1;
    }
    k
}
