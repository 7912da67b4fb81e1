// args: 2
// A wrapper holding `&mut Vec` used across awaits in an inner scope; the Vec used again after the scope ends.
fn f(k: i64) -> i64 {
    let mut v: Vec<Tracked> = Vec::new();
    {
        let w = Writer { out: &mut v, n: 0 };
        let mut w = w;
        w.write(ready("a", Tracked::new("a")).await);
        tick("between").await;
        w.write(Tracked::new("b"));
        log(format!("wrote {}", w.n));
    }
    v.push(Tracked::new("c"));
    let w2 = Writer { out: &mut v, n: 10 };
    let n = finish(w2, k).await;
    n + v.len() as i64
}
pub struct Writer<'a> { out: &'a mut Vec<Tracked>, n: i64 }
impl Writer<'_> { fn write(&mut self, t: Tracked) { self.n += 1; self.out.push(t); } }
#[co] fn finish(mut w: Writer<'_>, k: i64) -> i64 { tick("finish").await; w.write(Tracked::new("fin")); w.n + k }
