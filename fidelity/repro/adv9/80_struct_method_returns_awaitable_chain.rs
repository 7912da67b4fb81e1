// args: 2
// Plain (non-co) methods returning awaitables (`Ready`) chained off struct fields, awaited in operands and conditions.
fn f(k: i64) -> i64 {
    let mut c = Client { base: Tracked::new("client"), calls: 0 };
    let a = c.get(k).await + c.get(1).await;
    if c.get(a).await > 3 && c.calls < 10 {
        c.calls += 100;
    }
    let v = [c.get(2).await, c.get(3).await];
    c.calls + v[0] * v[1] + c.base.len()
}
pub struct Client { base: Tracked, calls: i64 }
impl Client {
    fn get(&mut self, n: i64) -> Ready<i64> {
        self.calls += 1;
        ready("get", n + self.calls)
    }
}
