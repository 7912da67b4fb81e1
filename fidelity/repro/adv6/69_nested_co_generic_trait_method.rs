// args:
// A generic #[co] fn over `T: Storage` where Storage has an associated type; calls a #[co] free fn with the associated value across awaits.
fn f() -> i64 {
    let mut s = VecStorage(vec![Tracked::new("x")]);
    let a = sync_all(&mut s, 2).await;
    let mut t = CountStorage(0);
    let b = sync_all(&mut t, 3).await;
    a * 10 + b
}
pub trait Storage { type Item; fn make(&self, i: i64) -> Self::Item; fn save(&mut self, it: Self::Item) -> i64; }
pub struct VecStorage(Vec<Tracked>);
pub struct CountStorage(i64);
impl Storage for VecStorage { type Item = Tracked; fn make(&self, _: i64) -> Tracked { Tracked::new("item") } fn save(&mut self, it: Tracked) -> i64 { self.0.push(it); self.0.len() as i64 } }
impl Storage for CountStorage { type Item = i64; fn make(&self, i: i64) -> i64 { i } fn save(&mut self, it: i64) -> i64 { self.0 += it; self.0 } }
#[co] fn sync_all<T: Storage>(s: &mut T, n: i64) -> i64 {
    let mut last = 0;
    for i in 0..n {
        let it = s.make(i);
        let it = pass_through(it).await;
        last = s.save(it);
        last = ready("saved", last).await;
    }
    last
}
#[co] fn pass_through<X>(x: X) -> X { tick("pass").await; x }
