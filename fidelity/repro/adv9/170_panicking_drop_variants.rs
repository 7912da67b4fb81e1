// args: 0
// Variants of a panicking destructor: in a scope without a suspension after an await, and an explicit `drop(bomb)`
// after an await, with locals of the enclosing scope alive.
fn f(k: i64) -> i64 {
    let _outer = Tracked::new("outer");
    tick("x").await;
    let _mid = Tracked::new("mid");
    {
        let _in = Tracked::new("in");
        let b = Bomb;
        if k == 1 { drop(b); }
        log("scope end");
    }
    tick("y").await;
    k
}
pub struct Bomb;
impl Drop for Bomb {
    fn drop(&mut self) {
        log("bomb drop");
        if !std::thread::panicking() { panic!("bomb"); }
    }
}
