// args:
// A generic struct Pool<S: Store> with a #[co] method calling the bound's methods across awaits.
fn f() -> i64 {
    let mut p = Pool { store: MemStore { rows: vec![] }, hits: 0 };
    p.put_many(3).await;
    let n = p.count().await;
    let mut q = Pool { store: LogStore(Tracked::new("logstore")), hits: 0 };
    q.put_many(2).await;
    n * 100 + q.count().await * 10 + p.hits + q.hits
}
pub trait Store { fn put(&mut self, v: i64); fn len(&self) -> i64; }
pub struct MemStore { rows: Vec<i64> }
pub struct LogStore(Tracked);
impl Store for MemStore { fn put(&mut self, v: i64) { self.rows.push(v) } fn len(&self) -> i64 { self.rows.len() as i64 } }
impl Store for LogStore { fn put(&mut self, v: i64) { log(format!("logstore put {v}")) } fn len(&self) -> i64 { self.0.len() } }
pub struct Pool<S: Store> { store: S, hits: i64 }
impl<S: Store> Pool<S> {
    #[co] fn put_many(&mut self, n: i64) -> () {
        for i in 0..n {
            let v = ready("gen", i * 3).await;
            self.store.put(v);
            self.hits += 1;
        }
    }
    #[co] fn count(&self) -> i64 {
        tick("count").await;
        self.store.len()
    }
}
