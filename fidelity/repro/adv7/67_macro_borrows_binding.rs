// args:
// A body-local `macro_rules!` whose input names a Tracked binding that is only borrowed in the expansion; the binding must live to its scope end.
fn f() -> i64 {
    macro_rules! name_len { ($t:expr) => { $t.name().len() as i64 }; }
    let t = Tracked::new("t");
    let u = Tracked::new("u");
    let n = name_len!(t);
    tick("a").await;
    let m = name_len!(&u);
    tick("b").await;
    n + m
}
