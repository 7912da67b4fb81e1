// args: 3
// A counting semaphore made of a Cell<i64>; a guard struct holding `&Cell` that releases on Drop; held across awaits.
fn f(k: i64) -> i64 {
    let permits = Cell::new(2);
    let mut done = 0;
    let g1 = acquire(&permits, "g1").await;
    let g2 = acquire(&permits, "g2").await;
    log(format!("left {}", permits.get()));
    drop(g1);
    for i in 0..k {
        let g = acquire(&permits, "loop").await;
        done += ready("work", i).await;
        if i == 1 { drop(g); tick("released").await; continue; }
    }
    drop(g2);
    done * 10 + permits.get()
}
use std::cell::Cell;
pub struct Permit<'a>(&'a Cell<i64>, &'static str);
impl Drop for Permit<'_> { fn drop(&mut self) { log(format!("release {}", self.1)); self.0.set(self.0.get() + 1); } }
#[co] fn acquire<'a>(c: &'a Cell<i64>, name: &'static str) -> Permit<'a> {
    while c.get() == 0 { tick("spin").await; c.set(c.get() + 1); }
    c.set(c.get() - 1);
    tick(name).await;
    Permit(c, name)
}
