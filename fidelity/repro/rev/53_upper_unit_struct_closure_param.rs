// args:
// A closure parameter pattern `|Token|` (unit struct with drop glue, a path); `Token` constructed later across an await.
fn f() -> i64 {
    let n = vec![Token, Token].into_iter().map(|Token| 1).sum::<i64>();
    let t = Token;
    tick("a").await;
    log("after");
    drop(t);
    n
}
pub struct Token;
impl Drop for Token { fn drop(&mut self) { log("drop token"); } }
