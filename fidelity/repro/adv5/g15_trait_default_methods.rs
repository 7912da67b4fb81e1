// args:
// A trait with default methods and associated consts used from a generic coroutine over several impls.
fn f() -> i64 {
    let a = run_job(&Small(Tracked::new("small"))).await;
    let b = run_job(&Large { parts: vec![Tracked::new("p1"), Tracked::new("p2")] }).await;
    a * 100 + b
}

pub trait Job {
    const COST: i64;
    fn size(&self) -> i64;
    fn label(&self) -> String { format!("job/{}", self.size()) }
    fn total(&self) -> i64 { Self::COST * self.size() }
}
pub struct Small(pub Tracked);
pub struct Large { parts: Vec<Tracked> }
impl Job for Small { const COST: i64 = 1; fn size(&self) -> i64 { self.0.len() } }
impl Job for Large {
    const COST: i64 = 3;
    fn size(&self) -> i64 { self.parts.len() as i64 }
    fn label(&self) -> String { "large".into() }
}
#[co] fn run_job<J: Job>(j: &J) -> i64 {
    let l = j.label();
    tick("run").await;
    log(l);
    ready("total", j.total()).await + J::COST
}
