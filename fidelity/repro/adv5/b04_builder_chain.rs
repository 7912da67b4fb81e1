// args:
// (documented rewrites: Type::method(b)) A by-value builder chain with an awaited argument in the middle of the chain, then an awaited build.
fn f() -> i64 {
    let b = Builder::new("svc");
    let b = Builder::retries(b, ready("r", 3).await);
    let b = Builder::tag(b, Tracked::new("tag"));
    tick("configured").await;
    let client = Builder::build(b).await;
    let c2 = Builder::build(Builder::new("other").retries(2)).await;
    client.retries * 10 + c2.retries + client.name.len()
}

pub struct Builder { name: Tracked, retries: i64, tags: Vec<Tracked> }
pub struct Client { name: Tracked, retries: i64, tags: Vec<Tracked> }
impl Builder {
    fn new(name: &'static str) -> Self { Builder { name: Tracked::new(name), retries: 0, tags: vec![] } }
    fn retries(mut self, n: i64) -> Self { self.retries = n; self }
    fn tag(mut self, t: Tracked) -> Self { self.tags.push(t); self }
    #[co] fn build(self) -> Client {
        tick("build").await;
        Client { name: self.name, retries: self.retries, tags: self.tags }
    }
}
