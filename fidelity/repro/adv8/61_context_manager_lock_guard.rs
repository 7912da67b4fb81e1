// args: 2
// A Python `with lock:` port: `Lock` (Cell<bool>) whose `acquire(&self)` returns a guard borrowing it (impl Drop releases), held across awaits.
fn f(k: i64) -> i64 {
    let lock = Lock { held: std::cell::Cell::new(false), name: Tracked::new("lock") };
    let mut done = 0;
    for i in 0..=k {
        let _g = lock.acquire();
        tick("critical").await;
        if i == 1 { continue; }
        done += ready("work", i).await;
    }
    {
        let g = lock.acquire();
        g.note("last");
        tick("last").await;
    }
    done * 10 + lock.held.get() as i64
}
pub struct Lock { held: std::cell::Cell<bool>, name: Tracked }
pub struct LockGuard<'a>(&'a Lock);
impl Lock { fn acquire(&self) -> LockGuard<'_> { log(format!("acquire {}", self.name.name())); self.held.set(true); LockGuard(self) } }
impl LockGuard<'_> { fn note(&self, s: &str) { log(format!("note {s}")); } }
impl Drop for LockGuard<'_> { fn drop(&mut self) { log("release"); self.0.held.set(false); } }
