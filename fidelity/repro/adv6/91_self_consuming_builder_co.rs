// args:
// A by-value #[co] method chain: `Pipeline::new().stage(a).await.stage(b).await.finish()` where each `stage(self)` is a coroutine returning Self.
fn f() -> i64 {
    let p = Pipeline::new("p").stage(1).await.stage(2).await;
    tick("mid").await;
    let n = p.finish();
    let q = Pipeline::new("q").stage(ready("arg", 5).await).await.finish();
    n * 100 + q
}
pub struct Pipeline { t: Tracked, stages: Vec<i64> }
impl Pipeline {
    fn new(n: &'static str) -> Self { Pipeline { t: Tracked::new(n), stages: vec![] } }
    #[co] fn stage(mut self, k: i64) -> Self {
        tick("stage").await;
        self.stages.push(k);
        self
    }
    fn finish(self) -> i64 { log(format!("finish {}", self.t.name())); self.stages.iter().sum::<i64>() * 10 + self.stages.len() as i64 }
}
