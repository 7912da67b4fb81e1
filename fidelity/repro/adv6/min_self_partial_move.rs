// args:
// MIN (refusal, NEW; same cause as min_param_partial_move.rs): a method taking `self` by value moves one field before an `.await` and another after.
// E0382 "use of partially moved value" at `self.b` (the note points at the `#[coro::coroutine]` attribute: "value partially moved here").
fn f() -> i64 {
    Job { a: Tracked::new("a"), b: Tracked::new("bb") }.run().await
}
pub struct Job { a: Tracked, b: Tracked }
impl Job {
    #[co] fn run(self) -> i64 {
        let m = self.a;
        tick("run").await;
        take(self.b) + take(m)
    }
}
