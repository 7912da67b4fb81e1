// args:
// Was MIN (refusal, E0507) until the eleventh session: a by-value builder chain on a temporary ending in an
// awaited by-value method, `Builder::new().retries(2).build().await` (fixed: builder chains, ARCHITECTURE.md limit 2).
fn f() -> i64 {
    let c2 = Builder::new().retries(2).build().await;
    c2.retries
}
pub struct Builder { retries: i64 }
pub struct Client { retries: i64 }
impl Builder {
    fn new() -> Self { Builder { retries: 0 } }
    fn retries(mut self, n: i64) -> Self { self.retries = n; self }
    fn build(self) -> Ready<Client> {
        ready("build", Client { retries: self.retries })
    }
}
