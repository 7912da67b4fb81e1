// args: 1
// A Bomb that panics when dropped during cancellation (it is alive across every await): the cancel drop itself
// panics; other locals must still be dropped in the same order.
fn f(k: i64) -> i64 {
    let _a = Tracked::new("a");
    let _bomb = Bomb("held", k == 1);
    let _b = Tracked::new("b");
    let x = ready("x", 1).await;
    let _c = Tracked::new("c");
    let y = ready("y", 2).await;
    std::mem::forget(_bomb);
    x + y
}
pub struct Bomb(&'static str, bool);
impl Drop for Bomb {
    fn drop(&mut self) {
        log(format!("bomb drop {}", self.0));
        if self.1 && !std::thread::panicking() { panic!("bomb {}", self.0); }
    }
}
