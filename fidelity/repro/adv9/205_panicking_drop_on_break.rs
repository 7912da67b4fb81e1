// args: 1
// A panicking destructor of a value held across an await that is dropped by `return` (k == 0) or by `break`
// (k == 1) from nested scopes; outer locals must still drop while unwinding.
fn f(k: i64) -> i64 {
    let _outer = Tracked::new("outer");
    let mut n = 0;
    loop {
        let _l = Tracked::new("loop");
        {
            let _bomb = Bomb;
            n += ready("x", 1).await;
            if k == 0 { return n; }
            if k == 1 { break; }
        }
    }
    n
}
pub struct Bomb;
impl Drop for Bomb {
    fn drop(&mut self) {
        log("bomb drop");
        if !std::thread::panicking() { panic!("bomb"); }
    }
}
