// args:
// Port of an asyncio semaphore-limited crawl: a counter of permits in a struct, acquire/release with a permit guard whose Drop returns the permit.
fn f() -> i64 {
    let sem = Sem { permits: Cell::new(2) };
    let mut total = 0;
    for i in 0..4 {
        let p = sem.acquire().await;
        total += ready("work", i).await * p.id;
        if i % 2 == 1 { drop(p); tick("released-early").await; }
    }
    total * 10 + sem.permits.get()
}
use std::cell::Cell;
pub struct Sem { permits: Cell<i64> }
pub struct Permit<'a> { sem: &'a Sem, id: i64 }
impl Drop for Permit<'_> { fn drop(&mut self) { log(format!("release {}", self.id)); self.sem.permits.set(self.sem.permits.get() + 1); } }
impl Sem {
    #[co] fn acquire(&self) -> Permit<'_> {
        while self.permits.get() == 0 {
            tick("wait").await;
            self.permits.set(self.permits.get() + 1);
        }
        self.permits.set(self.permits.get() - 1);
        log(format!("acquire {}", self.permits.get()));
        Permit { sem: self, id: self.permits.get() + 1 }
    }
}
