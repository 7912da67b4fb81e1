// args:
// `struct Retry<F: FnMut(i64) -> Result<i64, String>>` with a #[co] `&mut self` run method calling `(self.op)(attempt)` between awaits.
fn f() -> i64 {
    let mut fails = 2;
    let mut r = Retry { op: |a: i64| if fails > 0 { fails -= 1; Err(format!("fail {a}")) } else { Ok(a * 10) }, max: 5, _t: Tracked::new("retry") };
    let out = r.run().await;
    log(format!("{out:?}"));
    out.unwrap_or(-1)
}
pub struct Retry<F> { op: F, max: i64, _t: Tracked }
impl<F: FnMut(i64) -> Result<i64, String>> Retry<F> {
    #[co] fn run(&mut self) -> Result<i64, String> {
        let mut last = String::new();
        for a in 0..self.max {
            match (self.op)(a) {
                Ok(v) => return Ok(ready("ok", v).await),
                Err(e) => { last = e; tick("backoff").await; }
            }
        }
        Err(last)
    }
}
