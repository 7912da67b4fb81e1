// args:
// A #[co] method with its own type parameter and trait bound (`fn feed<S: Source>(&mut self, s: &mut S)`), called with two source types.
fn f() -> i64 {
    let mut sink = Sink { got: vec![] };
    let mut a = Counting(0);
    let mut b = Names(vec![Tracked::new("n1"), Tracked::new("n22")]);
    sink.feed(&mut a, 2).await;
    sink.feed(&mut b, 3).await;
    sink.got.iter().fold(0, |acc, x| acc * 10 + x)
}
pub trait Source { fn pull(&mut self) -> Option<i64>; }
pub struct Counting(i64);
pub struct Names(Vec<Tracked>);
impl Source for Counting { fn pull(&mut self) -> Option<i64> { self.0 += 1; Some(self.0) } }
impl Source for Names { fn pull(&mut self) -> Option<i64> { self.0.pop().map(take) } }
pub struct Sink { got: Vec<i64> }
impl Sink {
    #[co] fn feed<S: Source>(&mut self, s: &mut S, n: usize) -> () {
        for _ in 0..n {
            match s.pull() {
                Some(v) => self.got.push(ready("pull", v).await),
                None => { tick("empty").await; break; }
            }
        }
    }
}
