// args:
// A pipeline of `Box<dyn Stage>` (sync stages) run by a loop that awaits between stages; a stage owning a Tracked; stages dropped after.
fn f() -> i64 {
    let stages: Vec<Box<dyn Stage>> = vec![Box::new(Scale(3)), Box::new(Tag(Tracked::new("tag"))), Box::new(Scale(2))];
    let mut v = 1;
    for (i, s) in stages.iter().enumerate() {
        v = s.apply(v);
        tick(s.name()).await;
        if i == 1 { v += ready("bonus", 5).await; }
    }
    drop(stages);
    tick("end").await;
    v
}
pub trait Stage { fn apply(&self, v: i64) -> i64; fn name(&self) -> &'static str { "stage" } }
pub struct Scale(i64);
pub struct Tag(Tracked);
impl Stage for Scale { fn apply(&self, v: i64) -> i64 { v * self.0 } }
impl Stage for Tag { fn apply(&self, v: i64) -> i64 { v + self.0.len() } fn name(&self) -> &'static str { self.0.name() } }
