// args:
// A #[co] &mut self method that panics after an await while guards (local and in self) are live; the caller's guards unwind too.
fn f() -> i64 {
    let _outer = Tracked::new("outer");
    let mut s = Svc { hold: vec![Tracked::new("held")], n: 0 };
    s.work(1).await;
    let _mid = Tracked::new("mid");
    s.work(5).await;
    s.n
}
pub struct Svc { hold: Vec<Tracked>, n: i64 }
impl Svc {
    #[co] fn work(&mut self, k: i64) -> () {
        let _g = Tracked::new("work-guard");
        let v = ready("v", k).await;
        self.hold.push(Tracked::new("pushed"));
        if v > 3 { panic!("too big {v}"); }
        self.n += v;
    }
}
