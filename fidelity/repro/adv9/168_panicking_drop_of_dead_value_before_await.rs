// args: 1
// A Bomb moved into `drop()` explicitly right before an await, and a Bomb temporary dropped at a statement's end
// after an await in the same statement.
fn f(k: i64) -> i64 {
    let _outer = Tracked::new("outer");
    let b = Bomb("explicit", false);
    let t = Tracked::new("t");
    drop(b);
    let n = Bomb("temp", k == 1).0.len() as i64 + ready("x", t.len()).await;
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
