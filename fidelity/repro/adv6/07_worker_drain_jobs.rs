// args:
// A worker struct draining `self.jobs` (Vec) with `drain(..)` into a local, processing each with awaits, pushing failures back.
fn f() -> i64 {
    let mut w = Worker { jobs: vec![Tracked::new("j1"), Tracked::new("job2"), Tracked::new("j3")], failed: vec![], done: 0 };
    w.run_once().await;
    log(format!("failed {}", w.failed.len()));
    w.jobs.extend(w.failed.drain(..));
    w.run_once().await;
    w.done
}
pub struct Worker { jobs: Vec<Tracked>, failed: Vec<Tracked>, done: i64 }
impl Worker {
    #[co] fn run_once(&mut self) -> () {
        let batch: Vec<Tracked> = self.jobs.drain(..).collect();
        for job in batch {
            let ok = ready(job.name(), job.len() % 2 == 0).await;
            if ok || self.done > 1 {
                self.done += 1;
                tick("ack").await;
            } else {
                self.failed.push(job);
            }
        }
    }
}
