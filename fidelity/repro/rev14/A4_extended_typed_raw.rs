// args: 2
fn f(k: i64) -> i64 {
    let p: *const Tracked = &Tracked::new("t");
    tick("x").await;
    let junk = Tracked::new("junk");
    tick("y").await;
    unsafe { (*p).len() + k + junk.len() }
}
