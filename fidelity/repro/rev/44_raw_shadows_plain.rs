// args:
// `let v = 1; let r#v = 2;` are the same name: later `v` reads the second binding.
fn f() -> i64 {
    let v = 1;
    let r#v = 2;
    tick("a").await;
    v * 10
}
