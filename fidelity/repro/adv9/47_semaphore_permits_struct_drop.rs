// args: 3
// A hand-written semaphore with RAII permits (Drop releases); permits held across awaits and dropped in scopes.

fn f(k: i64) -> i64 {
    let sem = Sem { free: std::cell::Cell::new(2) };
    let mut served = 0;
    for i in 0..k {
        let p1 = sem.acquire("p1");
        let p2 = if i % 2 == 0 { sem.acquire("p2") } else { None };
        let p3 = sem.acquire("p3");
        log(format!("got {} {} {}", p1.is_some(), p2.is_some(), p3.is_some()));
        tick("work").await;
        drop(p2);
        served += ready("serve", sem.free.get()).await;
    }
    served
}
struct Sem { free: std::cell::Cell<i64> }
struct Permit<'a> { sem: &'a Sem, name: &'static str }
impl Sem {
    fn acquire(&self, name: &'static str) -> Option<Permit<'_>> {
        if self.free.get() == 0 { return None; }
        self.free.set(self.free.get() - 1);
        log(format!("acquire {name}"));
        Some(Permit { sem: self, name })
    }
}
impl Drop for Permit<'_> {
    fn drop(&mut self) { self.sem.free.set(self.sem.free.get() + 1); log(format!("release {}", self.name)); }
}
