// args: 2
// The by-value builder of 50 written with the ledger rewrites (Type::method(b), awaited argument bound first).
fn f(k: i64) -> i64 {
    let b = ReqBuilder::new("GET").header("a").retries(k);
    let b = ReqBuilder::header(b, ready("h", "b").await);
    let req = ReqBuilder::build(b).await;
    let r = ready("r", 1).await;
    let req2 = ReqBuilder::new("POST").retries(r).build().await;
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
