// args:
// `impl Add for Money` (Money holds a Tracked) with awaited operands: `let t = a + ready(..).await;`, `+=` via AddAssign.
fn f() -> i64 {
    let a = Money(5, Tracked::new("a"));
    let t = a + ready("b", Money(7, Tracked::new("b"))).await;
    tick("mid").await;
    let mut w = Money(1, Tracked::new("w"));
    w += ready("c", Money(2, Tracked::new("c"))).await;
    t.0 * 100 + w.0
}
pub struct Money(i64, Tracked);
impl std::ops::Add for Money { type Output = Money; fn add(self, o: Money) -> Money { log("add"); Money(self.0 + o.0, Tracked::new("sum")) } }
impl std::ops::AddAssign for Money { fn add_assign(&mut self, o: Money) { log("add_assign"); self.0 += o.0; } }
