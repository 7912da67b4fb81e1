// args: 2
// MIN (mismatch, change 6c codegen.rs assertion_with_message; before, the message showed the home place instead):
// the message is stringify! of the tokens, not rustc's printing of the expression.
// coro  Err("panic: assertion failed: x == - 1")   async Err("panic: assertion failed: x == -1")
// (also `* r`, `collect :: < Vec < _ > >`, `! (| a : i64 | ..)`, `matches! (x, 0 ..= 1)`, line breaks: 31-33)
fn f(k: i64) -> i64 {
    let x = k;
    let r = &x;
    tick("a").await;
    assert!(x == -1);
    *r
}
