// args:
// A struct with a `Box<dyn Fn(&str) -> i64>` field called as `(self.f)(s)` inside a #[co] `&self` method between awaits.
fn f() -> i64 {
    let h = Router { routes: vec![("/a", Box::new(|s: &str| s.ilen())), ("/b", Box::new(|s: &str| s.ilen() * 100))], _t: Tracked::new("router") };
    let a = h.dispatch("/a", "hello").await;
    let b = h.dispatch("/b", "xy").await;
    let c = h.dispatch("/c", "zzz").await;
    a + b + c
}
pub struct Router { routes: Vec<(&'static str, Box<dyn Fn(&str) -> i64>)>, _t: Tracked }
impl Router {
    #[co] fn dispatch(&self, path: &str, body: &str) -> i64 {
        tick("route").await;
        for (p, h) in &self.routes {
            if *p == path {
                let b = ready("body", body).await;
                return h(b);
            }
        }
        -1
    }
}
