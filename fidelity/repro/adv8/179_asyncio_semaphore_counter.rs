// args: 3
// asyncio.Semaphore port: a counter struct with #[co] `acquire` (spins on ticks while at capacity) and sync `release`, with a Permit guard (Drop releases via Cell).
fn f(k: i64) -> i64 {
    let sem = Sem { free: std::cell::Cell::new(1), waits: std::cell::Cell::new(0) };
    let mut held: Vec<Permit<'_>> = Vec::new();
    let mut done = 0;
    for i in 0..=k {
        if i % 2 == 1 { held.clear(); }
        let p = sem.acquire().await;
        tick("job").await;
        done += i;
        held.push(p);
    }
    drop(held);
    done * 100 + sem.waits.get() * 10 + sem.free.get()
}
pub struct Sem { free: std::cell::Cell<i64>, waits: std::cell::Cell<i64> }
pub struct Permit<'a>(&'a Sem);
impl Drop for Permit<'_> { fn drop(&mut self) { log("release"); self.0.free.set(self.0.free.get() + 1); } }
impl Sem {
    #[co] fn acquire(&self) -> Permit<'_> {
        if self.free.get() == 0 { self.waits.set(self.waits.get() + 1); log("would block"); self.free.set(1); tick("wait").await; }
        self.free.set(self.free.get() - 1);
        Permit(self)
    }
}
