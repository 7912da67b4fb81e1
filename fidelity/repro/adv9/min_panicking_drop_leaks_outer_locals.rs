// args: 0
// MISMATCH (leak): a destructor that panics at the end of an inner scope after an `.await`: Rust unwinds and drops
// the locals of the enclosing scopes (`outer`); the coroutine never drops them (leaked).
// coro:     Err("panic: bomb") [.., "bomb drop", ..]               (no "drop outer")
// async fn: Err("panic: bomb") [.., "bomb drop", .., "drop outer"]
fn f(k: i64) -> i64 {
    let _outer = Tracked::new("outer");
    {
        let _bomb = Bomb;
        tick("x").await;
    }
    k
}
pub struct Bomb;
impl Drop for Bomb {
    fn drop(&mut self) {
        log("bomb drop");
        if !std::thread::panicking() { panic!("bomb"); }
    }
}
