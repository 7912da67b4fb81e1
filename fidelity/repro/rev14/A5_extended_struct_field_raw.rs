// args: 2
fn f(k: i64) -> i64 {
    let h = Holder { p: &Tracked::new("t") as *const Tracked, n: k };
    tick("x").await;
    let junk = Tracked::new("junk");
    tick("y").await;
    unsafe { (*h.p).len() + h.n + junk.len() }
}
struct Holder { p: *const Tracked, n: i64 }
