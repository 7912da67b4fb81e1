// args:
// Evaluation order of a temporary receiver vs awaited arguments vs later arguments: `Tracked::new("r").plus(ready(..).await)`, `make(..).method(a, f().await, b())`.
fn f() -> i64 {
    let a = Tracked::new("r1").plus(ready("x", 1).await);
    let b = mk("r2").combine(Tracked::new("arg1").len(), ready("y", 2).await, side("arg3"));
    let c = consume(&mk("r3"), ready("z", 3).await + side("plus"));
    a * 100 + b * 10 + c
}
fn mk(n: &'static str) -> Tracked { log(format!("mk {n}")); Tracked::new(n) }
fn side(n: &'static str) -> i64 { log(format!("side {n}")); 1 }
trait Combine { fn combine(&self, a: i64, b: i64, c: i64) -> i64; }
impl Combine for Tracked { fn combine(&self, a: i64, b: i64, c: i64) -> i64 { log(format!("combine {} {a} {b} {c}", self.name())); a + b + c } }
