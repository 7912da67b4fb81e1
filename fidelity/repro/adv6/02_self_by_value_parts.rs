// args:
// A method taking self by value moves fields out one at a time across awaits and returns a tuple destructured by the caller.
fn f() -> i64 {
    let job = Job { id: 7, payload: Tracked::new("payload"), meta: Tracked::new("meta") };
    let (id, len) = job.run().await;
    tick("after").await;
    id * 10 + len
}
pub struct Job { id: i64, payload: Tracked, meta: Tracked }
impl Job {
    #[co] fn run(self) -> (i64, i64) {
        let m = self.meta;
        tick("run").await;
        let n = take(self.payload);
        log(format!("meta {}", m.name()));
        tick("run2").await;
        (self.id, n)
    }
}
