// args: 1
// 172 with k = 1: the loop bombs do not fire; the final reassignment drops a harmless Bomb(false), then the
// Bomb(true) held at the end of the body panics when the body ends.
fn f(k: i64) -> i64 {
    let _outer = Tracked::new("outer");
    let mut s = 0;
    for (i, t) in bag("i0", "i1").into_iter().enumerate() {
        let _g = Tracked::new("g");
        let _b = Bomb(i == 1 && k == 0);
        s += ready("x", t.len()).await;
    }
    let mut slot = Bomb(false);
    tick("y").await;
    slot = Bomb(true);
    let _ = &slot;
    s
}
pub struct Bomb(bool);
impl Drop for Bomb {
    fn drop(&mut self) {
        log(format!("bomb drop {}", self.0));
        if self.0 && !std::thread::panicking() { panic!("bomb"); }
    }
}
