// args: 2
// Callees produced by method calls (`(h.make())(x.await)`) and a boxed closure temporary (`Box::new(cl)(x.await)`).
fn f(k: i64) -> i64 {
    let h = Holder { t: Tracked::new("holder") };
    let a = (h.make("m1"))(ready("a", k).await);
    let b = (Box::new(|n: i64| n * 2) as Box<dyn Fn(i64) -> i64>)(ready("b", 3).await);
    let _after = Tracked::new("after");
    a + b + h.t.len()
}
pub struct Holder { t: Tracked }
impl Holder {
    fn make(&self, name: &'static str) -> impl Fn(i64) -> i64 + '_ {
        let g = Tracked::new(name);
        move |x| x + self.t.len() + g.len()
    }
}
