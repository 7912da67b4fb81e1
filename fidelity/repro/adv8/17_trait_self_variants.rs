// args:
// #[co] methods taking `&self`, `&mut self` and `self` on a struct holding Tracked; the by-value one consumes it at the end.
fn f() -> i64 {
    let mut job = Job { name: Tracked::new("job"), done: 0 };
    let a = job.peek().await;
    job.step(3).await;
    job.step(4).await;
    let b = job.peek().await;
    let c = job.finish().await;
    tick("after").await;
    a * 10000 + b * 100 + c
}
pub struct Job { name: Tracked, done: i64 }
impl Job {
    #[co] fn peek(&self) -> i64 { ready("peek", self.done + self.name.len()).await }
    #[co] fn step(&mut self, n: i64) { tick("step").await; self.done += n; }
    #[co] fn finish(self) -> i64 { let n = self.name.len(); tick("fin").await; n + self.done }
}
