// args:
// `struct Pool<T: Resource>` with a #[co] `&mut self` acquire that returns `Option<&mut T>` and a `&self` stats method; trait default method used.
fn f() -> i64 {
    let mut p = Pool { items: vec![Conn(Tracked::new("c1"), 0), Conn(Tracked::new("c2"), 0)] };
    let mut uses = 0;
    for _ in 0..3 {
        if let Some(c) = p.acquire().await {
            c.touch();
            uses += c.weight();
        }
    }
    uses * 100 + p.stats().await
}
pub trait Resource { fn busy(&self) -> bool; fn touch(&mut self); fn weight(&self) -> i64 { 1 } }
pub struct Conn(Tracked, i64);
impl Resource for Conn {
    fn busy(&self) -> bool { self.1 >= 2 }
    fn touch(&mut self) { self.1 += 1; log(format!("touch {} {}", self.0.name(), self.1)); }
}
pub struct Pool<T: Resource> { items: Vec<T> }
impl<T: Resource> Pool<T> {
    #[co] fn acquire(&mut self) -> Option<&mut T> {
        tick("acquire").await;
        self.items.iter_mut().find(|c| !c.busy())
    }
    #[co] fn stats(&self) -> i64 {
        let busy = self.items.iter().filter(|c| c.busy()).count();
        ready("stats", busy as i64).await
    }
}
