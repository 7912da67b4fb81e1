// args:
// A trait `Store` with get/put; a generic #[co] `sync_all<S: Store>(src: &S, dst: &mut S)` awaiting per key.
fn f() -> i64 {
    let a = MemStore(vec![1, 2, 3], Tracked::new("a"));
    let mut b = MemStore(vec![0, 0], Tracked::new("b"));
    let n = sync_all(&a, &mut b).await;
    n * 1000 + b.0.iter().sum::<i64>() * 10 + b.0.ilen()
}
pub trait Store { fn get(&self, i: usize) -> Option<i64>; fn put(&mut self, i: usize, v: i64); }
pub struct MemStore(Vec<i64>, Tracked);
impl Store for MemStore {
    fn get(&self, i: usize) -> Option<i64> { self.0.get(i).copied() }
    fn put(&mut self, i: usize, v: i64) { if i < self.0.len() { self.0[i] = v } else { self.0.push(v) } }
}
#[co] fn sync_all<S: Store>(src: &S, dst: &mut S) -> i64 {
    let mut i = 0;
    while let Some(v) = src.get(i) {
        let v = ready("copy", v * 2).await;
        dst.put(i, v);
        i += 1;
    }
    i as i64
}
