// args:
// `for Token in vec![Token, Token]` with a unit struct pattern, awaiting in the body; `Token` also constructed as a value in the body.
fn f() -> i64 {
    let mut n = 0;
    for Token in vec![Token, Token] {
        let extra = Token;
        tick("a").await;
        n += 1;
        drop(extra);
        log("body end");
    }
    n
}
pub struct Token;
impl Drop for Token { fn drop(&mut self) { log("drop token"); } }
