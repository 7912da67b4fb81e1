// args:
// A #[co] fn taking `&dyn Trait` and `&mut dyn Trait`, holding them across awaits; trait with a generic-free default method.
fn f() -> i64 {
    let mut a = Acc { n: 0, t: Tracked::new("acc") };
    let e = Echo(Tracked::new("echo"));
    let r = drive(&e, &mut a, 3).await;
    let r2 = drive(&Echo(Tracked::new("tmp")), &mut a, 1).await;
    r * 100 + r2 + a.n
}
pub trait Source { fn next_val(&self, i: i64) -> i64; fn label(&self) -> &'static str { "src" } }
pub trait Sink { fn put(&mut self, v: i64); }
pub struct Echo(Tracked);
pub struct Acc { n: i64, t: Tracked }
impl Source for Echo { fn next_val(&self, i: i64) -> i64 { log(format!("next {} {i}", self.0.name())); i * 2 } }
impl Sink for Acc { fn put(&mut self, v: i64) { log(format!("put {v}")); self.n += v; } }
#[co] fn drive(src: &dyn Source, sink: &mut dyn Sink, n: i64) -> i64 {
    let mut last = 0;
    for i in 0..n {
        let v = ready(src.label(), src.next_val(i)).await;
        sink.put(v);
        last = v;
    }
    tick("drained").await;
    last
}
