// args: 2
// A by-value builder (methods take self) whose `build` is a #[co] method; arguments await mid-chain.
fn f(k: i64) -> i64 {
    let b = ReqBuilder::new("GET").header("a").retries(k);
    let b = b.header(ready("h", "b").await);
    let req = b.build().await;
    let req2 = ReqBuilder::new("POST").retries(ready("r", 1).await).build().await;
    req.score() + req2.score()
}
pub struct ReqBuilder { method: Tracked, headers: Vec<&'static str>, retries: i64 }
pub struct Req { _m: Tracked, n: i64 }
impl ReqBuilder {
    fn new(m: &'static str) -> Self { ReqBuilder { method: Tracked::new(m), headers: vec![], retries: 0 } }
    fn header(mut self, h: &'static str) -> Self { self.headers.push(h); self }
    fn retries(self, n: i64) -> Self { ReqBuilder { retries: n, ..self } }
    #[co] fn build(self) -> Req {
        tick("build").await;
        Req { n: self.headers.len() as i64 * 10 + self.retries, _m: self.method }
    }
}
impl Req { fn score(&self) -> i64 { self.n } }
