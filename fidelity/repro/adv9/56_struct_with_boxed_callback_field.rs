// args: 2
// A struct holding `Box<dyn FnMut(i64) -> i64>` called from a #[co] `&mut self` method between awaits.
fn f(k: i64) -> i64 {
    let mut total = 0;
    let mut ctl = Ctl { on_tick: Box::new(move |n| { total += n; total }), _t: Tracked::new("ctl") };
    let a = ctl.run(k).await;
    let b = ctl.run(1).await;
    let c = (ctl.on_tick)(ready("direct", 5).await);
    a * 100 + b * 10 + c
}
pub struct Ctl { on_tick: Box<dyn FnMut(i64) -> i64>, _t: Tracked }
impl Ctl {
    #[co] fn run(&mut self, times: i64) -> i64 {
        let mut last = 0;
        for i in 0..times {
            tick("run").await;
            last = (self.on_tick)(i + 1);
        }
        last
    }
}
