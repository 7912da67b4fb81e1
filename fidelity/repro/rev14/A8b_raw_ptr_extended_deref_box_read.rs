// args: 2
fn f(k: i64) -> i64 {
    let p = &raw const *Box::new(Tracked::new("t"));
    tick("x").await;
    let junk = Box::new(Tracked::new("junk"));
    tick("y").await;
    unsafe { (*p).len() + k + junk.len() }
}
