// args:
// MIN (mismatch, silent): a `macro_rules! m` declared in an inner block that suspends, shadowing a body-level `m`, takes
// over the uses before and after the block (textual scope lost). coro Ok("222"), async Ok("121").
// Found by 132_inner_macro_shadows_outer_macro.rs.
fn f() -> i64 {
    macro_rules! m { () => { 1 }; }
    let a = m!();
    let b = {
        macro_rules! m { () => { 2 }; }
        tick("inner").await;
        m!()
    };
    let c = m!();
    a * 100 + b * 10 + c
}
