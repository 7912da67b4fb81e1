// args:
// MIN (refusal: the attribute panics): a raw-identifier binding (`r#type`, `r#match`; also a parameter `r#type: i64`)
// held across a suspension: "custom attribute panicked" -- `"R#type" is not a valid Ident` at
// macros/transform/src/emit/mod.rs:215 (the state's type-parameter name is made from the binding's text).
// Found by probing Python-ported names (`type` is a common Python variable).
fn f() -> i64 {
    let r#type = 5i64;
    tick("a").await;
    r#type
}
