// args: 3
// A pipeline of `Box<dyn Stage<i64>>` generic trait objects applied per item with an await between stages,
// a stage that filters (returns None) and one holding a Tracked.
fn f(k: i64) -> i64 {
    let stages: Vec<Box<dyn Stage<i64>>> = vec![Box::new(AddN(k)), Box::new(DropOdd), Box::new(Scale(10, Tracked::new("scale")))];
    let mut out = Vec::new();
    'items: for x in 0..5i64 {
        let mut v = x;
        for st in &stages {
            match st.apply(v) {
                Some(n) => v = ready(st.name(), n).await,
                None => { log(format!("dropped {x} at {}", st.name())); continue 'items; }
            }
        }
        out.push(v);
    }
    out.iter().sum()
}
pub trait Stage<T> { fn apply(&self, v: T) -> Option<T>; fn name(&self) -> &'static str; }
pub struct AddN(i64);
pub struct DropOdd;
pub struct Scale(i64, Tracked);
impl Stage<i64> for AddN { fn apply(&self, v: i64) -> Option<i64> { Some(v + self.0) } fn name(&self) -> &'static str { "add" } }
impl Stage<i64> for DropOdd { fn apply(&self, v: i64) -> Option<i64> { (v % 2 == 0).then_some(v) } fn name(&self) -> &'static str { "odd" } }
impl Stage<i64> for Scale { fn apply(&self, v: i64) -> Option<i64> { Some(v * self.0 + self.1.len()) } fn name(&self) -> &'static str { "scale" } }
