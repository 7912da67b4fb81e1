// args:
// MIN (refusal): a `&mut self -> &mut Self` setter (Command style) on a temporary, then a `&self` method whose argument awaits.
// E0505 "cannot move out of value because it is borrowed ... assignment requires that borrow lasts for `'1`" at the attribute (the state holds `Cmd` and `&mut Cmd`).
// The ledger's limit 3 covers temporaries borrowed across an `.await` "elsewhere" (E0716/E0505 naming the state); the ui test builder_chain_link_borrowing
// covers the same link before an awaited method (`Request::new().flag().run().await`, refused with a message), not this form. Found by 33_mut_ref_builder_chain.rs.
fn f() -> i64 {
    Cmd::new().arg(1).run(ready("env", 2).await)
}
pub struct Cmd { args: Vec<i64> }
impl Cmd {
    fn new() -> Self { Cmd { args: vec![] } }
    fn arg(&mut self, a: i64) -> &mut Self { self.args.push(a); self }
    fn run(&self, env: i64) -> i64 { self.args.len() as i64 + env }
}
