// args:
// Raw keyword bindings `r#type`, `r#match` held across awaits and captured by closures.
fn f() -> i64 {
    let r#type = Tracked::new("ty");
    let r#match = 3i64;
    let g = || r#type.len() + r#match;
    tick("a").await;
    let h = move || r#match * 2;
    tick("b").await;
    g() + h()
}
