// args: 2
// `&make() as *const T` is an extending expression (cast operand): the temporary lives to the block's end.
fn f(k: i64) -> i64 {
    let p = &Tracked::new("t") as *const Tracked;
    tick("x").await;
    let junk = Tracked::new("junk");
    tick("y").await;
    unsafe { (*p).len() + k + junk.len() }
}
