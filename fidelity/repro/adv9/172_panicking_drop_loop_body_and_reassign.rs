// args: 0
// A panicking destructor at the end of a `for` body that awaited (the loop's iterator and the body's other locals
// alive), and one triggered by reassigning a binding held across an await.
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
