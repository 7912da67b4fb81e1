// args: 2
// User Add/Mul/Neg impls on a non-Copy type with drop logging; operands awaited; evaluation and drop order.
fn f(k: i64) -> i64 {
    let a = Num::new(k, "a");
    let b = a + ready("b", Num::new(3, "b")).await;
    let c = -ready("neg", Num::new(5, "n")).await * Num::new(2, "two");
    let d = Num::new(1, "d1") + Num::new(ready("d2", 2).await, "d2") + Num::new(3, "d3");
    b.v * 10000 + c.v * 100 + d.v
}
pub struct Num { v: i64, _t: Tracked }
impl Num { fn new(v: i64, n: &'static str) -> Num { Num { v, _t: Tracked::new(n) } } }
impl std::ops::Add for Num { type Output = Num; fn add(self, o: Num) -> Num { log("add"); Num::new(self.v + o.v, "sum") } }
impl std::ops::Mul for Num { type Output = Num; fn mul(self, o: Num) -> Num { log("mul"); Num::new(self.v * o.v, "prod") } }
impl std::ops::Neg for Num { type Output = Num; fn neg(self) -> Num { log("neg"); Num::new(-self.v, "negd") } }
