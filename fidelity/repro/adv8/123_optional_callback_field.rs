// args: 1
// A struct with `on_done: Option<Box<dyn Fn(i64) -> i64>>`, a #[co] method awaiting then calling it via `if let Some(cb) = &self.on_done`.
fn f(k: i64) -> i64 {
    let t = Tracked::new("cb");
    let mut task = Task { n: k, on_done: None };
    let a = task.run().await;
    task.on_done = Some(Box::new(move |x| x * 10 + t.len()));
    let b = task.run().await;
    a * 1000 + b
}
pub struct Task { n: i64, on_done: Option<Box<dyn Fn(i64) -> i64>> }
impl Task {
    #[co] fn run(&mut self) -> i64 {
        self.n += ready("work", 1).await;
        if let Some(cb) = &self.on_done {
            tick("cb").await;
            return cb(self.n);
        }
        self.n
    }
}
