// args:
// A generic `Retry<T: Op>` struct whose #[co] `run(&mut self)` calls T's trait methods between awaits; two Op impls.
fn f() -> i64 {
    let mut r1 = Retry { op: Flaky { fails: 2, log: Tracked::new("flaky") }, tries: 0 };
    let mut r2 = Retry { op: Steady(7), tries: 0 };
    let a = r1.run(5).await;
    let b = r2.run(5).await;
    a * 1000 + r1.tries * 100 + b * 10 + r2.tries
}
pub trait Op { fn attempt(&mut self) -> Result<i64, String>; }
pub struct Flaky { fails: i64, log: Tracked }
pub struct Steady(i64);
impl Op for Flaky { fn attempt(&mut self) -> Result<i64, String> { if self.fails > 0 { self.fails -= 1; Err(format!("{} fail", self.log.name())) } else { Ok(4) } } }
impl Op for Steady { fn attempt(&mut self) -> Result<i64, String> { Ok(self.0) } }
pub struct Retry<T: Op> { op: T, tries: i64 }
impl<T: Op> Retry<T> {
    #[co] fn run(&mut self, max: i64) -> i64 {
        loop {
            self.tries += 1;
            match self.op.attempt() {
                Ok(v) => break v,
                Err(e) if self.tries < max => { log(e); tick("backoff").await; }
                Err(_) => break -1,
            }
        }
    }
}
