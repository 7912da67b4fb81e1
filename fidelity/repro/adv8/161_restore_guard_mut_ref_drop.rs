// args: 1
// A scope guard holding `&mut i64` that restores the old value in `Drop`, held across awaits, with an early return.
fn f(k: i64) -> i64 {
    let mut depth = 10;
    {
        let g = Restore::new(&mut depth, 99);
        tick("inside").await;
        if k == 1 { log(format!("early {}", *g.slot)); }
        *g.slot += 1;
        tick("inside2").await;
    }
    log(format!("after {depth}"));
    let r = ready("r", depth).await;
    r
}
pub struct Restore<'a> { slot: &'a mut i64, old: i64 }
impl<'a> Restore<'a> { fn new(slot: &'a mut i64, v: i64) -> Self { let old = *slot; *slot = v; Restore { slot, old } } }
impl Drop for Restore<'_> { fn drop(&mut self) { log(format!("restore {} -> {}", *self.slot, self.old)); *self.slot = self.old; } }
