// args: 1
// MIN (refusal, change 1 check/configured.rs `configures`; passed before): a `#[cfg_attr(.., allow(.., reason = ".. cfg .."))]`
// applies no cfg, but the word `cfg` inside the string literal is taken for one.
// error: `#[cfg]` on code in the body of `f` is not supported: ...
fn f(k: i64) -> i64 {
    #[cfg_attr(all(), allow(unused_variables, reason = "cfg dependent"))]
    let y = k + 1;
    tick("a").await;
    k
}
