// args:
// MIN (refusal, documented mechanism: limit 2, "a method that does take `self` (`Report::new().finish() + f().await`) makes the drop at the statement's end E0382"):
// a by-value setter on a temporary whose argument awaits: `Config::new().with_b(ready(..).await)` is E0382 "use of moved value" at the attribute
// ("`Config::with_b` takes ownership of the receiver `self`"). Found by 32_builder_awaited_arg_mid_chain.rs and 62_builder_with_awaited_fields.rs
// (`Type::new().with_x(1).with_y(f().await)`). Rewrite: `let c = Config::new(); let c = c.with_b(f().await);`.
fn f() -> i64 {
    let c = Config::new().with_b(ready("b", 2).await);
    c.b
}
pub struct Config { b: i64 }
impl Config {
    fn new() -> Self { Config { b: 0 } }
    fn with_b(mut self, b: i64) -> Self { self.b = b; self }
}
