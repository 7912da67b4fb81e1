// args:
// MIN (refusal): a by-value method on a temporary inside the argument of an awaited call:
// `consume(Builder::new().retries(2)).await` is E0507 "cannot move out of a mutable reference".
fn f() -> i64 {
    let n = consume(Builder::new().retries(2)).await;
    n
}
pub struct Builder { retries: i64 }
impl Builder {
    fn new() -> Self { Builder { retries: 0 } }
    fn retries(mut self, n: i64) -> Self { self.retries = n; self }
}
pub fn consume(b: Builder) -> Ready<i64> { ready("consume", b.retries) }
