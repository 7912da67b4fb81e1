// args: 2
// A generic struct `Pool<T: Resource>` with #[co] methods checking out/in resources; trait bound calls in between.
fn f(k: i64) -> i64 {
    let mut pool = Pool { free: vec![Conn(1, Tracked::new("c1")), Conn(2, Tracked::new("c2"))], made: 0 };
    let a = pool.checkout().await;
    let b = pool.checkout().await;
    let c = pool.checkout().await;
    let score = a.id() + b.id() * 10 + c.id() * 100;
    pool.checkin(b).await;
    if k > 1 { pool.checkin(a).await; } else { drop(a); }
    tick("end").await;
    score * 10 + pool.free.len() as i64 + pool.made * 1000
}
pub trait Resource { fn id(&self) -> i64; fn fresh(n: i64) -> Self; }
pub struct Conn(i64, Tracked);
impl Resource for Conn { fn id(&self) -> i64 { self.0 } fn fresh(n: i64) -> Conn { Conn(n, Tracked::new("fresh")) } }
pub struct Pool<T: Resource> { free: Vec<T>, made: i64 }
impl<T: Resource> Pool<T> {
    #[co] fn checkout(&mut self) -> T {
        if let Some(c) = self.free.pop() { tick("reuse").await; return c; }
        self.made += 1;
        tick("make").await;
        T::fresh(10 + self.made)
    }
    #[co] fn checkin(&mut self, c: T) { tick("checkin").await; self.free.push(c); }
}
