// args:
// `m.step().await + m.step().await` and `m.step().await * m.peek()`: sequential &mut self coroutine calls inside one expression.
fn f() -> i64 {
    let mut m = Machine { pos: 0, trace: Tracked::new("trace") };
    let a = m.step().await + m.step().await;
    let b = m.step().await * m.peek();
    log(format!("trace {}", m.trace.name()));
    a + b
}
pub struct Machine { pos: i64, trace: Tracked }
impl Machine {
    #[co] fn step(&mut self) -> i64 {
        self.pos += 1;
        tick("step").await;
        log(format!("pos {}", self.pos));
        self.pos
    }
    fn peek(&self) -> i64 { log("peek"); self.pos }
}
