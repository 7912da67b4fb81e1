// args:
// MIN (refusal E0425): a `#[cfg(any())]` (compiled-out) `let` that would shadow a binding used after an `.await`:
// "cannot find value `x_shadowing1` in this scope" (the rename counts the disabled `let`). Found by 131_cfg_attr_statements.rs.
fn f() -> i64 {
    let x = Tracked::new("x");
    #[cfg(any())]
    let x = Tracked::new("disabled");
    tick("a").await;
    x.len()
}
