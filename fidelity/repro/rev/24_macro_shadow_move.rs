// args:
// `let t = wrap!(t);` (a user macro moving the binding into a new one of the same name), awaits after: the old `t` is moved and shadowed.
fn f() -> i64 {
    macro_rules! wrap { ($e:expr) => { Some($e) }; }
    let t = Tracked::new("t");
    let t = wrap!(t);
    tick("a").await;
    t.map(|x| x.len()).unwrap_or(0)
}
