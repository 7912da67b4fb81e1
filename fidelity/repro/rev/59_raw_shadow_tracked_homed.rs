// args:
// `let v = ..; let r#v = ..;` (the same name) with homes: later `v` reads the second binding.
fn f() -> i64 {
    let v = Tracked::new("one");
    let r#v = Tracked::new("three");
    let r = &v;
    tick("a").await;
    r.len() * 10 + v.len()
}
