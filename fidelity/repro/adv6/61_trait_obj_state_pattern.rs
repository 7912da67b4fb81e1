// args:
// The State pattern with `Box<dyn Phase>`: `phase = phase.next(..)` consuming the box by value between awaits until a terminal phase.
fn f() -> i64 {
    let mut phase: Box<dyn Phase> = Box::new(Start(Tracked::new("start")));
    let mut steps = 0;
    while !phase.done() {
        let input = ready("input", steps).await;
        phase = phase.next(input);
        steps += 1;
        tick(phase.name()).await;
    }
    steps * 10 + phase.score()
}
pub trait Phase { fn next(self: Box<Self>, input: i64) -> Box<dyn Phase>; fn done(&self) -> bool { false } fn name(&self) -> &'static str; fn score(&self) -> i64 { 0 } }
pub struct Start(Tracked);
pub struct Middle(Tracked, i64);
pub struct End(i64);
impl Phase for Start { fn next(self: Box<Self>, i: i64) -> Box<dyn Phase> { Box::new(Middle(Tracked::new("mid"), i + self.0.len())) } fn name(&self) -> &'static str { "start" } }
impl Phase for Middle { fn next(self: Box<Self>, i: i64) -> Box<dyn Phase> { if self.1 + i > 7 { Box::new(End(self.1 + i)) } else { Box::new(Middle(self.0, self.1 + i)) } } fn name(&self) -> &'static str { "middle" } }
impl Phase for End { fn next(self: Box<Self>, _: i64) -> Box<dyn Phase> { self } fn done(&self) -> bool { true } fn name(&self) -> &'static str { "end" } fn score(&self) -> i64 { self.0 } }
