// args: 2
// UNSOUND (use after free; pre-existing at 94607c7, not covered by 25d1e69's "raw pointers are borrows").
// `let p = &raw const *String::from(..);` extends the String to the block's end in Rust (the operand of an
// extending raw borrow, through a deref, like `let r = &*make();`, which lower/extended.rs now handles for `&`
// only). The coroutine drops the String at the `let`'s statement end, so the pointer dangles across the
// .await and the freed buffer is reused: coro returns "poll x\0\0\0\0\0 XXXXXXXXXXX 2", async fn
// "hello world XXXXXXXXXXX 2". `&raw const *Box::new(Tracked::new("t"))` drops t before the await
// (A8_..., A8b_...: coro logs "drop t" first and later reads `len ` of a freed Tracked).
// Likely lower/extended.rs split_extended_temporary: only `Expr::Reference` initialisers are split, never
// `Expr::RawAddr` (nor `addr_of!`).
fn f(k: i64) -> String {
    let p = &raw const *String::from("hello world");
    tick("x").await;
    let junk = String::from("XXXXXXXXXXX");
    tick("y").await;
    format!("{} {} {}", unsafe { &*p }, junk, k)
}
