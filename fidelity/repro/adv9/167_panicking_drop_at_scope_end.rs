// args: 1
// A guard whose Drop panics (when not already panicking) at the end of an inner scope that awaited; the other
// locals of that scope and of the body unwind.
fn f(k: i64) -> i64 {
    let _outer = Tracked::new("outer");
    let mut n = 0;
    {
        let _a = Tracked::new("a");
        let _bomb = Bomb("inner", k == 1);
        let _b = Tracked::new("b");
        n += ready("x", 1).await;
        log("scope end");
    }
    let _c = Tracked::new("c");
    tick("after").await;
    n
}
pub struct Bomb(&'static str, bool);
impl Drop for Bomb {
    fn drop(&mut self) {
        log(format!("bomb drop {}", self.0));
        if self.1 && !std::thread::panicking() { panic!("bomb {}", self.0); }
    }
}
