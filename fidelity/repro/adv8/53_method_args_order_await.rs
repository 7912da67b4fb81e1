// args:
// Method call arguments around an await (`acc.add3(a(), ready(..).await, c())`) with a logging receiver and Tracked temporaries.
fn f() -> i64 {
    fn val(n: i64) -> i64 { log(format!("val {n}")); n }
    let mut acc = Acc(0);
    acc.add3(val(1), ready("mid", 2).await, val(3));
    let x = acc.add3(Tracked::new("t1").len(), ready("mid2", 4).await, Tracked::new("t3").len());
    x
}
pub struct Acc(i64);
impl Acc { fn add3(&mut self, a: i64, b: i64, c: i64) -> i64 { log(format!("add3 {a} {b} {c}")); self.0 += a * 100 + b * 10 + c; self.0 } }
