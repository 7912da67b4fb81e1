// args: 2
// NEW (UNSOUND: use after free in safe code), the consequence of min_format_arg_awaited_value_dropped_late.rs and
// min_matches_awaited_scrutinee_dropped_late.rs with a home: the awaited value of `println!("{:?}", peek(&s).await)`
// (also `matches!(peek(&s).await, Peek(_))`) borrows `s`, which has a home (borrowed across an earlier `.await`).
// The `async` shadow copy drops the value at the `;`, so it accepts `drop(s)` on the next line; the machine keeps
// the value to the next suspension, after `drop(s)` moved the String out of its home and freed it, so the value's
// `Drop` reads freed memory, reused by `junk`: coro log [.., "poll p", "poll p", "peek drop XXXXXXXXXXX", ..],
// async fn [.., "peek drop hello world", ..]. ARCHITECTURE.md's invariant 4 ("temporaries a statement uses by
// reference are dropped where Rust drops them .. keeping one longer could keep a borrow of a home alive past a
// move") is what breaks. Workaround: bind the value and drop it before the move (`let p = peek(&s).await;
// println!("{:?}", p); drop(p);`).
fn f(k: i64) -> i64 {
    let s = String::from("hello world");
    let r = &s;
    tick("y").await;
    log(format!("r {}", r.len()));
    println!("{:?}", peek(&s).await);
    drop(s);
    let junk = String::from("XXXXXXXXXXX");
    tick("x").await;
    k + junk.len() as i64
}
#[derive(Debug)]
pub struct Peek<'a>(&'a String);
impl Drop for Peek<'_> { fn drop(&mut self) { log(format!("peek drop {}", self.0)); } }
#[co] fn peek(s: &String) -> Peek<'_> { tick("p").await; Peek(s) }
