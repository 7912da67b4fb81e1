// args:
// MIN (refusal, documented: limit 3, "`c.consume().await`: write `Type::consume(c)`"): a by-value coroutine method awaited on a binding is E0507.
// Found by 02_self_by_value_parts.rs (`job.run().await`) and 18_enum_dispatch_methods.rs (`last.consume().await`).
fn f() -> i64 {
    let job = Job(Tracked::new("job"));
    job.run().await
}
pub struct Job(Tracked);
impl Job {
    #[co] fn run(self) -> i64 { tick("run").await; take(self.0) }
}
