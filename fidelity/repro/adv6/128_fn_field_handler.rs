// args:
// A struct holding `Box<dyn Fn(i64) -> Ready<i64>>` handlers called as `(self.handler)(x).await` inside #[co] methods, with a Tracked-capturing handler.
fn f() -> i64 {
    let t = Tracked::new("cap");
    let n = t.len();
    let mut r = Router { routes: vec![], fallback: Box::new(|x| ready("fallback", -x)) };
    r.routes.push(("a", Box::new(move |x| ready("route-a", x + n))));
    r.routes.push(("b", Box::new(|x| ready("route-b", x * 2))));
    let a = r.dispatch("a", 1).await;
    let b = r.dispatch("b", 5).await;
    let c = r.dispatch("zz", 7).await;
    drop(t);
    a * 100 + b * 10 + c
}
pub struct Router { routes: Vec<(&'static str, Box<dyn Fn(i64) -> Ready<i64>>)>, fallback: Box<dyn Fn(i64) -> Ready<i64>> }
impl Router {
    #[co] fn dispatch(&self, path: &str, x: i64) -> i64 {
        for (p, h) in &self.routes {
            if *p == path { return h(x).await; }
        }
        (self.fallback)(x).await
    }
}
