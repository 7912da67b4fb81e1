// args:
// A &self coroutine method returning a borrow of a field (`-> &Tracked`), the result used after another await.
fn f() -> i64 {
    let reg = Registry { entries: vec![Tracked::new("alpha"), Tracked::new("be"), Tracked::new("gamma")] };
    let best = reg.longest().await;
    tick("between").await;
    let n = best.len();
    let second = reg.at(1).await.len();
    n * 10 + second
}
pub struct Registry { entries: Vec<Tracked> }
impl Registry {
    #[co] fn longest(&self) -> &Tracked {
        let mut best = &self.entries[0];
        for e in &self.entries {
            tick(e.name()).await;
            if e.len() > best.len() { best = e; }
        }
        best
    }
    #[co] fn at(&self, i: usize) -> &Tracked {
        tick("at").await;
        &self.entries[i]
    }
}
