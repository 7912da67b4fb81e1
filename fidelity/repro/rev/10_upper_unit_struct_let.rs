// args:
// `let Token = Token;` with a unit struct that has drop glue: the pattern is a path, nothing is bound, the value drops at the `;`.
fn f() -> i64 {
    let Token = Token;
    log("after let");
    tick("a").await;
    let t = Token;
    tick("b").await;
    drop(t);
    1
}
pub struct Token;
impl Drop for Token { fn drop(&mut self) { log("drop token"); } }
