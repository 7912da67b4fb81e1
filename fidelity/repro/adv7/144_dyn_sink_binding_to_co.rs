// args:
// Realistic: `let sink: &mut dyn Sink = &mut acc;` bound, passed to a #[co] fn, then `acc` read; and `let src: &dyn Source = &e;`.
fn f() -> i64 {
    let mut acc = Acc { n: 0, _t: Tracked::new("acc") };
    let e = Echo(3);
    let sink: &mut dyn Sink = &mut acc;
    let src: &dyn Source = &e;
    pump(src, sink).await;
    tick("after").await;
    acc.n + e.0
}
pub trait Source { fn get(&self) -> i64; }
pub trait Sink { fn put(&mut self, v: i64); }
pub struct Echo(i64);
pub struct Acc { n: i64, _t: Tracked }
impl Source for Echo { fn get(&self) -> i64 { self.0 } }
impl Sink for Acc { fn put(&mut self, v: i64) { self.n += v; } }
#[co] fn pump(src: &dyn Source, sink: &mut dyn Sink) {
    for _ in 0..2 { sink.put(ready("get", src.get()).await); }
}
