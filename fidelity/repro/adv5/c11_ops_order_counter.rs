// args:
// Operand evaluation order with a &mut counter method before and after an await in the same call.
fn f() -> i64 {
    let mut c = Counter { n: 0, t: Tracked::new("ctr") };
    let a = add3(c.bump(), ready("x", 10).await, c.bump());
    let b = add3(c.n, ready("y", c.bump()).await, c.n);
    let v = vec![c.bump(), ready("z", c.n * 100).await, c.bump()];
    tick("end").await;
    a + b + v.iter().sum::<i64>() + c.t.len()
}

pub struct Counter { n: i64, t: Tracked }
impl Counter {
    pub fn bump(&mut self) -> i64 { self.n += 1; log(format!("bump {}", self.n)); self.n }
}
