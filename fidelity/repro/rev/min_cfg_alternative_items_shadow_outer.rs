// args:
// MIN (mismatch, silent; changes 1+2: stmts.rs skips cfg'd items in DuplicateItem and hoisted.rs skips names declared
// twice; before 6f667a0.. it was refused as a duplicate item): two `#[cfg]` alternatives of `fn helper` in a suspending
// block are hoisted and shadow the module's `helper` before the block.
// coro  Ok("22")   async Ok("12")
fn f() -> i64 {
    let a = helper();
    let b = {
        #[cfg(all())] fn helper() -> i64 { 2 }
        #[cfg(not(all()))] fn helper() -> i64 { 3 }
        tick("b").await;
        helper()
    };
    a * 10 + b
}
fn helper() -> i64 { 1 }
