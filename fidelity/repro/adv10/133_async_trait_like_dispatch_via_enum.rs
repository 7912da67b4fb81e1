// args: 3
// Static dispatch over an enum of backends, each with #[co] methods; the dispatcher #[co] method matches on &self.
fn f(k: i64) -> i64 {
    let backends = vec![Backend::Mem(MemStore { data: vec![1, 2] }), Backend::Disk(DiskStore { path: Tracked::new("disk"), reads: Cell::new(0) })];
    let mut total = 0;
    for b in &backends {
        total += b.read(k).await;
        total += b.read(0).await * 10;
    }
    total
}
use std::cell::Cell;
pub struct MemStore { data: Vec<i64> }
pub struct DiskStore { path: Tracked, reads: Cell<i64> }
pub enum Backend { Mem(MemStore), Disk(DiskStore) }
impl MemStore { #[co] fn get(&self, i: i64) -> i64 { tick("mem").await; self.data.get(i as usize).copied().unwrap_or(-1) } }
impl DiskStore { #[co] fn get(&self, i: i64) -> i64 { self.reads.set(self.reads.get() + 1); tick(self.path.name()).await; i * 100 + self.reads.get() } }
impl Backend {
    #[co] fn read(&self, i: i64) -> i64 {
        match self {
            Backend::Mem(m) => m.get(i).await,
            Backend::Disk(d) => d.get(i).await,
        }
    }
}
