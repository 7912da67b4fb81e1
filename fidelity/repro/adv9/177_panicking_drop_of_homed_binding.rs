// args: 0
// A panicking destructor of a binding that is borrowed across an await (homed), at its scope's end, with homed and
// plain locals in the enclosing scope.
fn f(k: i64) -> i64 {
    let outer = Tracked::new("outer");
    let ro = &outer;
    let s;
    {
        let b = Bomb(k == 0);
        let rb = &b;
        tick("x").await;
        s = rb.0 as i64 + ro.len();
        log("inner end");
    }
    tick("y").await;
    s + ro.len()
}
pub struct Bomb(bool);
impl Drop for Bomb {
    fn drop(&mut self) {
        log("bomb drop");
        if self.0 && !std::thread::panicking() { panic!("bomb"); }
    }
}
