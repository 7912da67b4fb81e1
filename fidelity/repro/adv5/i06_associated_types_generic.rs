// args:
// A generic coroutine over a trait with an associated type; where clause on the associated type.
fn f() -> i64 {
    let a = drain_source(Counter { n: 3 }).await;
    let b = drain_source(Names { left: vec![Tracked::new("x"), Tracked::new("yy")] }).await;
    a * 100 + b
}

pub trait Source {
    type Item;
    fn next_item(&mut self) -> Option<Self::Item>;
}
pub struct Counter { n: i64 }
impl Source for Counter {
    type Item = i64;
    fn next_item(&mut self) -> Option<i64> { if self.n == 0 { None } else { self.n -= 1; Some(self.n) } }
}
pub struct Names { left: Vec<Tracked> }
impl Source for Names {
    type Item = Tracked;
    fn next_item(&mut self) -> Option<Tracked> { self.left.pop() }
}
#[co] fn drain_source<S>(mut s: S) -> i64
where
    S: Source,
    S::Item: std::fmt::Debug,
{
    let mut n = 0;
    while let Some(item) = s.next_item() {
        tick("item").await;
        n += show(&item);
    }
    n
}
