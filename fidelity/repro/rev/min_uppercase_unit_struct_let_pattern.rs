// args:
// MIN (mismatch, silent; change 3 syntax/pattern.rs uppercase_bindings; passed before): `let Token = Token;` with a
// unit struct is an irrefutable PATH pattern, binding nothing (the value drops at the `;`); now taken for a binding
// `Token` carried across the await, whose carry makes and drops extra `Token` values.
// coro  ["drop token", "poll a", "poll a", "drop token", "drop token"]   async ["drop token", "poll a", "poll a"]
fn f() -> i64 {
    let Token = Token;
    tick("a").await;
    1
}
pub struct Token;
impl Drop for Token { fn drop(&mut self) { log("drop token"); } }
